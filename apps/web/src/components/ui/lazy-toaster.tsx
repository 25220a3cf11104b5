"use client";

import dynamic from "next/dynamic";

/**
 * The Toaster loads after the page is interactive instead of with it: no toast shows before a first save, and
 * a toast raised before the Toaster is there still appears, as sonner replays the open ones to a new Toaster.
 */
export const LazyToaster = dynamic(() => import("./toaster").then((module) => module.Toaster), { ssr: false });
