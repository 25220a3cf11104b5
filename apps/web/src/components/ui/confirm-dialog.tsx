"use client";

import type { ReactNode } from "react";
import { AlertDialog } from "radix-ui";
import { Button } from "./button";

interface ConfirmDialogProps {
  /** The element that opens the dialog, usually a Button. */
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  /**
   * Keeps the dialog open (with a spinner on the confirm button) until the caller closes it, for actions
   * whose failure should be read in the dialog itself.
   */
  staysOpen?: boolean;
  pending?: boolean;
  error?: string | null;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /**
   * Where the focus goes once the dialog closes; by default back to the trigger. Call preventDefault and
   * focus something else when the confirmed action removes the trigger from the page.
   */
  onCloseAutoFocus?: (event: Event) => void;
}

/** Asks before something destructive happens; Escape or Cancel leaves everything as it was. */
export function ConfirmDialog({ trigger, title, description, confirmLabel, cancelLabel = "Cancel", onConfirm, staysOpen = false, pending = false, error, open, onOpenChange, onCloseAutoFocus }: ConfirmDialogProps) {
  const confirm = (
    <Button variant="danger" pending={pending} onClick={onConfirm}>
      {confirmLabel}
    </Button>
  );
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <AlertDialog.Content onCloseAutoFocus={onCloseAutoFocus} className="fixed left-1/2 top-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-surface p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold text-slate-900">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-600">{description}</AlertDialog.Description>
          {error && (
            <p role="alert" className="mt-3 text-sm font-medium text-red-600">
              {error}
            </p>
          )}
          <div className="mt-6 flex justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button variant="secondary">{cancelLabel}</Button>
            </AlertDialog.Cancel>
            {staysOpen ? confirm : <AlertDialog.Action asChild>{confirm}</AlertDialog.Action>}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
