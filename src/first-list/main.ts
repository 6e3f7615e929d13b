// The first list request's own script (index.html loads it before the app's entry).
import { startFirstList } from './start';

startFirstList();
