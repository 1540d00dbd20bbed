import { useT } from "../../i18n/i18n";

/** "Possible duplicate": a symbol and words, never colour alone. */
export function DuplicateBadge() {
  const t = useT();
  return (
    <span className="badge badge-duplicate">
      <span className="badge-symbol" aria-hidden="true">
        ⚠
      </span>
      {t("contacts.duplicate")}
    </span>
  );
}
