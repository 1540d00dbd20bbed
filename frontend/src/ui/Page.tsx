import { type ReactNode, useEffect, useRef } from "react";
import { useT } from "../i18n/i18n";

/** The page's one h1, also the document title; focus moves to it on navigation. */
export function PageHeader({
  title,
  subtitle,
  actions,
  back,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  back?: ReactNode;
}) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t("app.short")}`;
  }, [title, t]);
  useEffect(() => {
    // Screen readers announce the new page; keyboard users start from its top.
    if (document.activeElement === document.body || document.activeElement === null) return;
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header className="page-header">
      {back}
      <div className="page-header-row">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          {subtitle ? <p className="page-subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </header>
  );
}
