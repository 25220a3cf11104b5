/** Absolute addresses for mail, built from the configured app address (never from a request). */
export function notificationLinks(appUrl: string, orgSlug: string) {
  const base = `${appUrl.replace(/\/+$/, "")}/${orgSlug}`;
  return {
    /** A notification's link is a path inside the organization, e.g. `/kpis/abc`. */
    open: (link: string) => `${base}${link.startsWith("/") ? link : `/${link}`}`,
    centre: `${base}/notifications`,
    preferences: `${base}/notifications/settings`,
  };
}
