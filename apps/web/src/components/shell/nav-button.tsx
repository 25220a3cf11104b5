import { Menu } from "lucide-react";

export const NAV_BUTTON_CLASS = "-mr-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-slate-700 hover:bg-slate-100";

/** What the phone's menu button shows, before and after its drawer has loaded. */
export function NavButtonFace() {
  return <Menu aria-hidden className="size-6" />;
}
