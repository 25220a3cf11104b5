import { constraintsText, nestedObject, refName, typeText, type JsonSchema } from "./schema-text";
import { RichText } from "./rich-text";

/** The fields of an object schema as a table; a field that holds an object gets its own table below it. */
export function SchemaFields({ schema, label }: { schema: JsonSchema; label: string }) {
  const properties = Object.entries(schema.properties ?? {});
  if (!properties.length) return <p className="text-sm text-slate-600">{typeText(schema)}</p>;
  const required = new Set(schema.required ?? []);
  return (
    // A table wider than a phone scrolls inside its box; the box takes the focus so keys can scroll it.
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{label}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Field
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Type
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Description
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {properties.map(([name, field]) => {
            const nested = nestedObject(field);
            const constraints = constraintsText(field);
            return (
              <tr key={name}>
                <td className="px-3 py-2 font-mono text-xs text-slate-900">
                  {name}
                  {required.has(name) ? <span className="ml-1 text-red-700">required</span> : null}
                </td>
                <td className="px-3 py-2 text-xs text-slate-700">
                  {field.$ref ? <a className="text-brand-700 underline" href={`#schema-${refName(field.$ref)}`}>{refName(field.$ref)}</a> : typeText(field)}
                </td>
                <td className="px-3 py-2 text-slate-700">
                  {field.description ? <RichText text={field.description} /> : null}
                  {constraints ? <span className="block text-xs text-slate-500">{constraints}</span> : null}
                  {nested && !field.$ref ? (
                    <div className="mt-2">
                      <SchemaFields schema={nested} label={`Fields of ${name}`} />
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
