// Pointing at the source: the line an item of the review came from, shown highlighted beside it
// (on a wide screen) or in the source view (on a phone, where the source is a view of its own).
import { createContext, type ReactNode, type SyntheticEvent, useContext } from "react";
import { useT } from "../../i18n/i18n";

export interface SourcePointer {
  /** The line shown highlighted, or null. */
  line: number | null;
  /** Highlights `line` and scrolls the source to it; `reveal` also switches to the source view
   * where it is not beside the review. */
  show: (line: number, reveal?: boolean) => void;
}

const SourceLineContext = createContext<SourcePointer>({ line: null, show: () => undefined });

export function SourceLineProvider({
  pointer,
  children,
}: {
  pointer: SourcePointer;
  children: ReactNode;
}) {
  return <SourceLineContext.Provider value={pointer}>{children}</SourceLineContext.Provider>;
}

export function useSourceLine(): SourcePointer {
  return useContext(SourceLineContext);
}

/** `dòng 15`: a button that shows the line in the source. */
export function LineButton({ line }: { line: number | null }) {
  const t = useT();
  const pointer = useSourceLine();
  if (line === null) return null;
  return (
    <button
      type="button"
      className="line-button"
      aria-label={t("planImport.showLine", { line })}
      onClick={() => pointer.show(line, true)}
    >
      {t("planImport.line", { line })}
    </button>
  );
}

/**
 * An item of the review tied to its source line: moving into it (by keyboard or pointer) shows
 * the line beside the review, without leaving the review.
 */
export function Sourced({
  line,
  className,
  children,
  as: Tag = "div",
  id,
}: {
  line: number | null;
  className?: string;
  children: ReactNode;
  as?: "div" | "li" | "section";
  id?: string;
}) {
  const pointer = useSourceLine();
  // The innermost item wins: a subsection's line, not its section's.
  const follow = (event: SyntheticEvent) => {
    event.stopPropagation();
    if (line !== null && pointer.line !== line) pointer.show(line);
  };
  const current = line !== null && pointer.line === line;
  return (
    <Tag
      id={id}
      className={`sourced${current ? " is-current" : ""}${className ? ` ${className}` : ""}`}
      onFocus={follow}
      onPointerDown={follow}
    >
      {children}
    </Tag>
  );
}
