/** The toolbar's export menu (being built). */
export function ExportMenu() {
  return null;
}
