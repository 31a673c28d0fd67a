export const id = 851;
export const ids = [851];
export const modules = {

/***/ 40851:
/***/ ((module) => {

module.exports = eval("require")("hyphen/sv");


/***/ })

};
