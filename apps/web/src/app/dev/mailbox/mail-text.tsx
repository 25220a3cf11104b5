const LINK = /(https?:\/\/[^\s<>"']+)/g;

/** The plain text of a mail, line breaks kept and its http(s) links clickable. */
export function MailText({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-700">
      {text.split(LINK).map((part, index) =>
        // split() with a capturing group puts the links at the odd positions.
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all font-medium text-brand-600 underline hover:text-brand-700">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
