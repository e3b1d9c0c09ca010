import { afterEach } from 'vitest';
import '../src/define-all.js';

document.documentElement.lang = 'zh-CN';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'zh-CN';
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
});
