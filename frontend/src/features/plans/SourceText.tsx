// The text as read, line by line with the numbers the review points at; the line pointed at is
// highlighted and scrolled to, within the source's own pane when it has one.
import { useEffect, useRef } from "react";
import { useT } from "../../i18n/i18n";
import { useSourceLine } from "./sourceLine";

/** Scrolls `pane` (when it scrolls by itself) or the page so that `row` is in the middle. */
function bringIntoView(pane: HTMLElement, row: HTMLElement) {
  const scrollsItself = pane.scrollHeight > pane.clientHeight + 1;
  if (scrollsItself) {
    pane.scrollTop = row.offsetTop - pane.clientHeight / 2 + row.offsetHeight / 2;
  } else {
    row.scrollIntoView?.({ block: "center" });
  }
}

export function SourceText({ lines, filename }: { lines: readonly string[]; filename: string }) {
  const t = useT();
  const { line } = useSourceLine();
  const pane = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const list = pane.current;
    if (line === null || !list) return;
    const row = list.querySelector<HTMLElement>(`[data-line="${line}"]`);
    if (row && list.offsetParent !== null) bringIntoView(list, row);
  }, [line]);
  return (
    <section className="source-text" aria-labelledby="source-text-title">
      <h2 id="source-text-title">
        {t("planImport.source")} <span className="muted">{filename}</span>
      </h2>
      <ol ref={pane} className="source-lines" lang="vi">
        {lines.map((text, index) => {
          const number = index + 1;
          return (
            <li
              // Lines are fixed once read: their number is their identity.
              key={number}
              data-line={number}
              className={number === line ? "is-highlighted" : undefined}
              aria-current={number === line ? "true" : undefined}
            >
              <span className="source-number" aria-hidden="true">
                {number}
              </span>
              <span className="source-line-text">{text || " "}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
