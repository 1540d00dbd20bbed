import { useT } from "../../i18n/i18n";
import { PageHeader } from "../../ui/Page";
import { Empty } from "../../ui/states";
import { useOnline } from "../../ui/useOnline";
import { useMe } from "../auth/me";
import { DraftList } from "./DraftList";
import { useDrafts } from "./drafts";

export default function DraftsPage() {
  const t = useT();
  const me = useMe();
  const items = useDrafts(me.data?.id);
  const online = useOnline();
  return (
    <>
      <PageHeader title={t("drafts.title")} subtitle={t("drafts.explain")} />
      {!online ? <p className="alert alert-info">{t("drafts.offlineNote")}</p> : null}
      {items.length === 0 ? (
        <Empty>{t("drafts.none")}</Empty>
      ) : (
        <DraftList items={items} showTask />
      )}
    </>
  );
}
