import { getCaller } from "@/server/caller";
import { LocaleForm } from "./locale-form";

/** Loads the saved format for the account page's form. */
export async function LocalePreference() {
  const caller = await getCaller();
  const { locale } = await caller.account.preferences();
  return <LocaleForm savedLocale={locale} />;
}
