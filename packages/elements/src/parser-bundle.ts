// Entry of dist/zhengce-parser.bundle.js: `@zhengce/core/lite` in one file (date-fns and js-yaml
// included, no zod). An import map naming it `@zhengce/core/lite` in front of the one-file
// elements bundle lets `<zc-document text>` and `<zc-target-list text>` parse in the browser
// with no build step (examples/embed-text.html).
export * from '@zhengce/core/lite';
