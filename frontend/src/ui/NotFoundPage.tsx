import { Link } from "wouter";
import { useT } from "../i18n/i18n";
import { PageHeader } from "./Page";

export default function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t("notFound.title")} />
      <p>{t("notFound.body")}</p>
      <p>
        <Link href="/">{t("notFound.home")}</Link>
      </p>
    </>
  );
}
