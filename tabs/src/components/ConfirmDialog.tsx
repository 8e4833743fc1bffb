import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { useState, type ReactElement, type ReactNode } from 'react';

/** Props of {@link ConfirmDialog}. Every text comes from the caller, already translated. */
export interface ConfirmDialogProps {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: string;
  /** What will happen, and what can (or cannot) be undone. */
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Runs on confirmation, once the dialog has closed; the caller shows progress and any failure. */
  onConfirm: () => Promise<unknown> | void;
}

/**
 * "Nothing irreversible in one click" (UX.md): a destructive action asks once. The dialog is an
 * alert dialog (focus on Cancel first, Escape cancels); the caller shows any failure of `onConfirm`.
 */
export function ConfirmDialog({ trigger, title, body, confirmLabel, cancelLabel, onConfirm }: ConfirmDialogProps) {
  const [open, setOpen] = useState(false);
  // Closed first, then confirmed: a caller that unmounts on success (a deleted item leaves its
  // screen) never tears down an open modal, which would leave the page hidden from assistive tech.
  const confirm = (): void => {
    setOpen(false);
    void onConfirm();
  };
  return (
    <Dialog open={open} onOpenChange={(_event, data) => setOpen(data.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary">{cancelLabel}</Button>
            </DialogTrigger>
            <Button appearance="primary" onClick={confirm}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
