export const id = 313;
export const ids = [313];
export const modules = {

/***/ 34313:
/***/ ((module) => {

module.exports = eval("require")("hyphen/en-gb");


/***/ })

};
