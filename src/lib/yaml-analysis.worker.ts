/** Worker: reads YAML texts off the main thread (`analyseYaml`), one message in, one answer out. */
import { analyseYaml } from './yaml-analysis';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; text: string }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, analysis: analyseYaml(text) });
};
