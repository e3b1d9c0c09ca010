// Entry of dist/zhengce-elements.bundle.js: one script tag, Lit included, all components registered.
export * from './define-all.js';
