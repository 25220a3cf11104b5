import { forwardRef, type TextareaHTMLAttributes } from "react";
import { FieldFrame, controlClasses, useFieldIds, type FieldText } from "./field";

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & FieldText;

/** A labelled multi-line input whose hint and error are announced with it, like TextField. */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea({ label, error, hint, className, id, rows = 3, ...props }, ref) {
  const ids = useFieldIds(id, { hint, error });
  return (
    <FieldFrame label={label} hint={hint} error={error} className={className} ids={ids}>
      <textarea ref={ref} id={ids.controlId} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} className={controlClasses(error)} {...props} />
    </FieldFrame>
  );
});
