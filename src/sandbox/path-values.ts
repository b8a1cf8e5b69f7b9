// No dependencies: a vendor layer (Haier's) imports it without loading Ajv, which only the mock needs.

/** `{name}` values of a concrete path, as Prism reads them (several, comma-separated: a list). */
export function pathValues(template: string): (path: string) => Record<string, unknown> {
  const names: string[] = [];
  const source = template.replace(/\{([^}]+)\}|[.*+?^$()|[\]\\]/g, (m, name?: string) => {
    if (name === undefined) return `\\${m}`;
    names.push(name);
    return "(.*?)";
  });
  const re = new RegExp(`^${source}$`);
  const decode = (t: string) => {
    try {
      return decodeURIComponent(t);
    } catch {
      return t;
    }
  };
  return (path) => {
    const m = re.exec(path);
    const out: Record<string, unknown> = {};
    names.forEach((name, i) => {
      const parts = (m?.[i + 1] ?? "").split(",").map(decode);
      if (m) out[name] = parts.length > 1 ? parts : parts[0];
    });
    return out;
  };
}
