/** Excel row number (1-based) of an A1 address such as "D12". */
export function parseAddressRow(address: string): number | undefined {
  const m = /(\d+)(?::|$)/.exec(address.replace(/\$/g, ""));
  return m ? Number(m[1]) : undefined;
}
