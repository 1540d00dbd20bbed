// What the lists share: filters kept in the address (so a list can be linked to and
// survives a reload), a search that runs as one types, and the pager.
import { useEffect, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useT } from "../i18n/i18n";

interface Paged {
  q?: string;
  page?: number;
}

/**
 * The list's filters read from the address, `apply` to change them (replacing the address, not
 * adding to the history), and the search box's text, sent once typing pauses. `fromSearch` and
 * `toSearch` must be module-level functions.
 */
export function useAddressFilters<F extends Paged>(
  path: string,
  fromSearch: (search: string) => F,
  toSearch: (filters: F) => string,
) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = fromSearch(search);
  const urlQuery = filters.q ?? "";
  const [query, setQuery] = useState(urlQuery);
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    // The address changed under us (a link, back): show its search, not what was typed before.
    setSeenUrlQuery(urlQuery);
    if (query.trim() !== urlQuery) setQuery(urlQuery);
  }

  useEffect(() => {
    const typed = query.trim();
    if (typed === urlQuery) return;
    const timer = window.setTimeout(
      () =>
        navigate(`${path}${toSearch({ ...fromSearch(search), q: typed || undefined, page: 1 })}`, {
          replace: true,
        }),
      300,
    );
    return () => window.clearTimeout(timer);
  }, [query, urlQuery, search, navigate, path, fromSearch, toSearch]);

  const apply = (next: F) => navigate(`${path}${toSearch(next)}`, { replace: true });
  return { filters, apply, query, setQuery };
}

export function Pager({
  total,
  page,
  pageSize,
  onPage,
}: {
  total: number;
  page: number | undefined;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = page ?? 1;
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t("pager.label")}>
      {current > 1 ? (
        <button type="button" className="button" onClick={() => onPage(current - 1)}>
          {t("pager.previous")}
        </button>
      ) : null}
      <span>{t("pager.position", { page: current, pages })}</span>
      {current < pages ? (
        <button type="button" className="button" onClick={() => onPage(current + 1)}>
          {t("pager.next")}
        </button>
      ) : null}
    </nav>
  );
}
