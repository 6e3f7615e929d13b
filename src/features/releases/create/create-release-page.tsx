export function CreateReleasePage() {
  return <div />;
}
