import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <main>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
    </main>
  );
}
