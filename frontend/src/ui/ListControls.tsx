// What the lists share: filters kept in the address (so a list can be linked to and
// survives a reload), a search that runs as one types, the bar that holds it with the filters
// folded behind a button, and the page of rows with its pager.
import { type ReactNode, useEffect, useId, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useT } from "../i18n/i18n";
import { Empty, QueryView } from "./states";

interface Paged {
  q?: string;
  page?: number;
}

/** What `useAddressFilters` gives a list screen. */
export interface AddressFilters<F extends Paged> {
  /** The filters the address holds now. */
  filters: F;
  /** Show the list with exactly these filters. */
  apply: (next: F) => void;
  /** Back to the first page with these filters changed and the others kept. */
  change: (changes: Partial<F>) => void;
  /** The same filters, another page. */
  showPage: (page: number) => void;
  /** No filters and an empty search box. */
  clear: () => void;
  /** The search box's text, which may run ahead of the address while one types. */
  query: string;
  setQuery: (query: string) => void;
}

/**
 * The list's filters read from the address, ways to change them (replacing the address, not
 * adding to the history), and the search box's text, sent once typing pauses. `fromSearch` and
 * `toSearch` must be module-level functions.
 */
export function useAddressFilters<F extends Paged>(
  path: string,
  fromSearch: (search: string) => F,
  toSearch: (filters: F) => string,
): AddressFilters<F> {
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
  return {
    filters,
    apply,
    change: (changes) => apply({ ...filters, ...changes, page: 1 }),
    showPage: (page) => apply({ ...filters, page }),
    clear: () => {
      setQuery("");
      apply(fromSearch(""));
    },
    query,
    setQuery,
  };
}

/**
 * A list's search box, then a button that unfolds the filters (counting those in use), and the
 * filters with a "clear filters" button while anything narrows the list. On a wide screen the
 * filters stay unfolded and the button hidden (screens.css).
 */
export function FiltersBar<F extends Paged>({
  label,
  className,
  search,
  list,
  activeCount,
  pinned,
  children,
}: {
  /** The bar's accessible name. */
  label: string;
  /** Added to `filters-bar`, for a screen's own layout of its filters. */
  className?: string;
  /** The search box: its id, label and placeholder. */
  search: { id: string; label: string; placeholder: string };
  list: AddressFilters<F>;
  /** How many filters narrow the list now (the search not counted). */
  activeCount: number;
  /** Shown between the search and the button, never folded (a filter set by a link). */
  pinned?: ReactNode;
  /** The filters' fields. */
  children: ReactNode;
}) {
  const t = useT();
  const [showFilters, setShowFilters] = useState(false);
  const filtersId = useId();
  return (
    <search className={className ? `filters-bar ${className}` : "filters-bar"} aria-label={label}>
      <div className="field field-search">
        <label htmlFor={search.id}>{search.label}</label>
        <input
          id={search.id}
          type="search"
          value={list.query}
          placeholder={search.placeholder}
          onChange={(event) => list.setQuery(event.target.value)}
        />
      </div>
      {pinned}
      <button
        type="button"
        className="button filters-toggle"
        aria-expanded={showFilters}
        aria-controls={filtersId}
        onClick={() => setShowFilters((open) => !open)}
      >
        {activeCount > 0 ? t("tasks.filtersActive", { count: activeCount }) : t("tasks.filters")}
      </button>
      <div id={filtersId} className={showFilters ? "filters filters-open" : "filters"}>
        {children}
        {activeCount > 0 || list.filters.q ? (
          <button type="button" className="button button-quiet" onClick={list.clear}>
            {t("tasks.clearFilters")}
          </button>
        ) : null}
      </div>
    </search>
  );
}

/** The names of the filters in `F` that hold a `V` when set. */
type FilterNames<F, V> = {
  [K in keyof F]-?: NonNullable<F[K]> extends V ? K : never;
}[keyof F] &
  string;

/** The list's filter `name` as one of a closed list of values, "any" first. */
export function FilterSelect<F extends Paged, K extends FilterNames<F, string>>({
  list,
  name,
  id,
  label,
  anyLabel,
  values,
  valueLabel,
}: {
  list: AddressFilters<F>;
  name: K;
  id: string;
  label: string;
  anyLabel: string;
  values: readonly NonNullable<F[K]>[];
  valueLabel: (value: NonNullable<F[K]>) => string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(list.filters[name] ?? "")}
        onChange={(event) => list.change({ [name]: event.target.value || undefined } as Partial<F>)}
      >
        <option value="">{anyLabel}</option>
        {values.map((choice) => (
          <option key={String(choice)} value={String(choice)}>
            {valueLabel(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The list's filter `name` as a check box; unchecked leaves it out of the address. */
export function FilterCheck<F extends Paged>({
  list,
  name,
  label,
}: {
  list: AddressFilters<F>;
  name: FilterNames<F, boolean>;
  label: string;
}) {
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={Boolean(list.filters[name])}
        onChange={(event) =>
          list.change({ [name]: event.target.checked || undefined } as Partial<F>)
        }
      />
      {label}
    </label>
  );
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

/** A list query's state as `PagedList` reads it: one page of rows and the count of them all. */
interface PageQuery<Row> {
  data: { items: Row[]; total: number } | undefined;
  error: unknown;
  isPending: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * The page of rows the list's filters ask for, each drawn by `children` (an `<li>` with its key),
 * `empty` when there is none, and the pager below; loading and errors as `QueryView` shows them.
 */
export function PagedList<Row, F extends Paged>({
  rows,
  list,
  pageSize,
  className,
  empty,
  children,
}: {
  rows: PageQuery<Row>;
  list: AddressFilters<F>;
  pageSize: number;
  /** The `<ul>`'s class. */
  className: string;
  empty: string;
  children: (row: Row) => ReactNode;
}) {
  return (
    <QueryView query={rows}>
      {(page) =>
        page.items.length === 0 ? (
          <Empty>{empty}</Empty>
        ) : (
          <>
            <ul className={className} aria-busy={rows.isFetching}>
              {page.items.map((row) => children(row))}
            </ul>
            <Pager
              total={page.total}
              pageSize={pageSize}
              page={list.filters.page}
              onPage={list.showPage}
            />
          </>
        )
      }
    </QueryView>
  );
}
