export const id = 284;
export const ids = [284];
export const modules = {

/***/ 25284:
/***/ ((module) => {

module.exports = eval("require")("hyphen/nb");


/***/ })

};
