/** Only same-site paths may be returned to after sign-in; anything else goes to the organization list. */
export function safeReturnPath(candidate: string | null | undefined, fallback = "/organizations"): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return fallback;
  return candidate;
}
