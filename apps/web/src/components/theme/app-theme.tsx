import type { ReactNode } from "react";
import { headers } from "next/headers";
import { ThemeProvider } from "next-themes";
import { rememberThemeScript, THEME_STORAGE_KEY } from "@/lib/theme/remember-theme";
import { accountTheme } from "@/server/account-theme";
import { ThemeFollowsAccount } from "./theme-follows-account";

/**
 * Light or dark by the `dark` class on <html>: the theme stored with the account when signed in, the
 * system's otherwise. Both inline scripts carry the request's CSP nonce, or the browser would refuse them.
 */
export async function AppTheme({ children }: { children: ReactNode }) {
  const [requestHeaders, stored] = await Promise.all([headers(), accountTheme()]);
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  const theme = stored ?? "system";
  return (
    <>
      {/* Browsers blank the nonce attribute once the script has run, so the hydrated value differs. */}
      <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: rememberThemeScript(theme) }} />
      <ThemeProvider attribute="class" storageKey={THEME_STORAGE_KEY} defaultTheme={theme} enableSystem disableTransitionOnChange nonce={nonce}>
        <ThemeFollowsAccount theme={theme} signedIn={stored !== null} />
        {children}
      </ThemeProvider>
    </>
  );
}
