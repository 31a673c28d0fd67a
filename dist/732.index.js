export const id = 732;
export const ids = [732];
export const modules = {

/***/ 65732:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(17599)(
  __webpack_require__(92509)
);


/***/ }),

/***/ 17599:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var createHyphenator = __webpack_require__(30618);

module.exports = function (patterns) {
  return {
    hyphenate: createHyphenator(patterns, { async: true }),
    hyphenateHTML: createHyphenator(patterns, { async: true, html: true }),
    hyphenateHTMLSync: createHyphenator(patterns, { html: true }),
    hyphenateSync: createHyphenator(patterns),
    patterns: patterns
  };
};


/***/ }),

/***/ 30618:
/***/ (function(module) {

/** Text hyphenation in Javascript.
 *  Copyright (C) 2026 Yevhen Tiurin (yevhentiurin@gmail.com)
 *  https://github.com/ytiurin/hyphen
 *
 *  Released under the ISC license
 *  https://github.com/ytiurin/hyphen/blob/master/LICENSE
 */
(function (root, factory) {
  if (typeof define === "function" && define.amd) {
    // AMD. Register as an anonymous module.
    define([], factory);
  } else if ( true && module.exports) {
    // Node. Does not work with strict CommonJS, but
    // only CommonJS-like environments that support module.exports,
    // like Node.
    module.exports = factory();
  } else {
    // Browser globals (root is window)
    root.createHyphenator = factory();
  }
})(this, function () {
  function createTextReader(setup) {
    var char1 = "";
    var char2 = "";
    var i = 0;
    var verifier = setup();
    return function (text) {
      while (i < text.length) {
        char1 = text.charAt(i++);
        char2 = text.charAt(i);
        var verified = verifier(char1, char2);
        if (verified !== void 0) {
          return verified;
        }
      }
    };
  }

  var isNotLetter = RegExp.prototype.test.bind(
    /\s|(?![\'])[\!-\@\[-\`\{-\~\u2013-\u203C]/
  );
  function createHTMLVerifier() {
    var skip = false;
    return function (accumulate, chars) {
      if (skip) {
        if (chars[0] === ">") {
          accumulate();
          skip = false;
        }
      } else if (
        chars[0] === "<" &&
        (!isNotLetter(chars[1]) || chars[1] === "/")
      ) {
        skip = true;
      }
      return skip;
    };
  }
  function createHyphenCharVerifier(hyphenChar) {
    var skip = false;
    return function (accumulate, chars) {
      if (skip) {
        if (!isNotLetter(chars[0]) && isNotLetter(chars[1])) {
          accumulate();
          skip = false;
        }
      } else if (!isNotLetter(chars[0]) && chars[1] === hyphenChar) {
        skip = true;
      }
      return skip;
    };
  }
  function createHyphenationVerifier(verifiers, minWordLength) {
    return function () {
      var accum0 = "";
      var accum = "";
      function accumulate() {
        accum0 += accum;
        accum = "";
      }
      function resolveWith(value) {
        accum0 = "";
        accum = "";
        return value;
      }
      return function (char1, char2) {
        accum += char1;
        var skip = verifiers.reduce(function (skip2, verify) {
          return skip2 || verify(accumulate, [char1, char2]);
        }, false);
        if (!skip) {
          if (isNotLetter(char1) && !isNotLetter(char2)) {
            accumulate();
          }
          if (!isNotLetter(char1) && isNotLetter(char2)) {
            if (accum.length >= minWordLength) {
              return resolveWith([accum0, accum]);
            } else {
              accumulate();
            }
          }
        }
        if (char2 === "") {
          if (accum.length < minWordLength || skip) {
            accumulate();
          }
          return resolveWith([accum0, accum]);
        }
      };
    };
  }

  function levelsToMarkers(levels) {
    var markers = [];
    for (var i = 0; i < levels.length; i++)
      if ((levels[i] & 1) === 1) markers.push(i);
    return markers;
  }
  function insertChar(text, hyphenChar, markers) {
    if (markers.length === 0) {
      return text;
    }
    var resultText = [text.slice(0, markers[0])];
    if (markers.length > 1)
      for (var i = 0, j = 1; j < markers.length; i++, j++) {
        resultText.push(text.slice(markers[i], markers[j]));
      }
    resultText.push(text.slice(markers[markers.length - 1]));
    return resultText.join(hyphenChar);
  }
  function markersFromExceptionsDefinition(exceptionsList) {
    return exceptionsList.reduce(function (markersDict, definition) {
      var i = 0,
        markers = [];
      while ((i = definition.indexOf("-", i + 1)) > -1) {
        markers.push(i);
      }
      markersDict[definition.toLocaleLowerCase().replace(/\-/g, "")] = markers;
      return markersDict;
    }, {});
  }

  function createCharIterator(str) {
    var i = 0;
    function nextChar() {
      return str[i++];
    }
    return nextChar;
  }
  function createStringSlicer(str) {
    var i = 0,
      slice = str;
    function next() {
      slice = str.slice(i++);
      if (slice.length < 3) {
        return;
      }
      return slice;
    }
    function isFirstCharacter() {
      return i === 2;
    }
    return [next, isFirstCharacter];
  }
  function hyphenateWord(text, loweredText, levelsTable, patternTrie) {
    var levels = new Array(text.length + 1),
      loweredText = ("." + loweredText + ".").split(""),
      wordSlice,
      letter,
      triePtr,
      trieNode,
      patternLevelsIndex,
      patternLevels,
      patternEntityIndex = -1,
      slicer,
      nextSlice,
      isFirstCharacter,
      nextLetter;
    for (var i = levels.length; i--; ) levels[i] = 0;
    slicer = createStringSlicer(loweredText);
    nextSlice = slicer[0];
    isFirstCharacter = slicer[1];
    while ((wordSlice = nextSlice())) {
      patternEntityIndex++;
      if (isFirstCharacter()) {
        patternEntityIndex--;
      }
      triePtr = patternTrie;
      nextLetter = createCharIterator(wordSlice);
      while ((letter = nextLetter())) {
        if ((trieNode = triePtr[letter]) === void 0) {
          break;
        }
        triePtr = {};
        patternLevelsIndex = -1;
        switch (Object.prototype.toString.call(trieNode)) {
          case "[object Array]":
            triePtr = trieNode[0];
            patternLevelsIndex = trieNode[1];
            break;
          case "[object Object]":
            triePtr = trieNode;
            break;
          case "[object Number]":
            patternLevelsIndex = trieNode;
            break;
        }
        if (patternLevelsIndex < 0) {
          continue;
        }
        patternLevels = levelsTable[patternLevelsIndex];
        for (var k = 0; k < patternLevels.length; k++)
          levels[patternEntityIndex + k] = Math.max(
            patternLevels[k],
            levels[patternEntityIndex + k]
          );
      }
    }
    levels[0] = levels[1] = levels[levels.length - 1] = levels[
      levels.length - 2
    ] = 0;
    return levelsToMarkers(levels);
  }

  function start(
    text,
    levelsTable,
    patterns,
    cache,
    markersDict,
    hyphenChar,
    skipHTML,
    minWordLength,
    isAsync
  ) {
    function done() {
      resolveNewText(newText);
    }
    var newText = "",
      fragments,
      readText = createTextReader(
        createHyphenationVerifier(
          (skipHTML ? [createHTMLVerifier()] : []).concat(
            createHyphenCharVerifier(hyphenChar)
          ),
          minWordLength
        )
      ),
      resolveNewText = function () {};
    function nextTick() {
      var loopStart = /* @__PURE__ */ new Date();
      while (
        (!isAsync || /* @__PURE__ */ new Date() - loopStart < 10) &&
        (fragments = readText(text))
      ) {
        if (fragments[1]) {
          var cacheKey = fragments[1].length ? "~" + fragments[1] : "";
          if (!Object.prototype.hasOwnProperty.call(cache, cacheKey)) {
            var loweredWord = fragments[1].toLocaleLowerCase();
            if (!Object.prototype.hasOwnProperty.call(markersDict, loweredWord))
              markersDict[loweredWord] = hyphenateWord(
                fragments[1],
                loweredWord,
                levelsTable,
                patterns
              );
            cache[cacheKey] = insertChar(
              fragments[1],
              hyphenChar,
              markersDict[loweredWord]
            );
          }
          fragments[1] = cache[cacheKey];
        }
        newText += fragments[0] + fragments[1];
      }
      if (!fragments) {
        done();
      } else {
        setTimeout(nextTick);
      }
    }
    if (isAsync) {
      setTimeout(nextTick);
      return new Promise(function (resolve) {
        resolveNewText = resolve;
      });
    } else {
      nextTick();
      return newText;
    }
  }

  var SETTING_DEFAULT_ASYNC = false;
  var SETTING_DEFAULT_EXCEPTIONS = [];
  var SETTING_DEFAULT_HTML = true;
  var SETTING_DEFAULT_HYPH_CHAR = "\xAD";
  var SETTING_DEFAULT_MIN_WORD_LENGTH = 5;
  var SETTING_NAME_ASYNC = "async";
  var SETTING_NAME_EXCEPTIONS = "exceptions";
  var SETTING_NAME_HTML = "html";
  var SETTING_NAME_HYPH_CHAR = "hyphenChar";
  var SETTING_NAME_MIN_WORD_LENGTH = "minWordLength";
  var _global =
    typeof global === "object"
      ? global
      : typeof window === "object"
      ? window
      : typeof self === "object"
      ? self
      :  false
      ? 0
      : {};
  function extend(target, source) {
    target = target || {};
    for (var key in source) {
      target[key] = source[key];
    }
    return target;
  }
  function validateArray(value) {
    return value instanceof Array;
  }
  function keyOrDefault(object, key, defaultValue, test) {
    if (key in object && (test ? test(object[key]) : true)) {
      return object[key];
    }
    return defaultValue;
  }
  function exceptionsFromMarkers(markers, hyphenChar) {
    var exceptions = {};
    for (var word in markers) {
      exceptions["~" + word] = insertChar(word, hyphenChar, markers[word]);
    }
    return exceptions;
  }
  function exceptionsFromDefinition(exceptionsList, hyphenChar) {
    return exceptionsList.reduce(function (exceptions, exception) {
      exceptions["~" + exception.replace(/\-/g, "")] = exception.replace(
        /\-/g,
        hyphenChar
      );
      return exceptions;
    }, {});
  }
  function createHyphenator(patternsDefinition, options) {
    options = options || {};
    var asyncMode = keyOrDefault(
        options,
        SETTING_NAME_ASYNC,
        SETTING_DEFAULT_ASYNC
      ),
      caches = {},
      markersDict = {},
      exceptions = {},
      hyphenChar = keyOrDefault(
        options,
        SETTING_NAME_HYPH_CHAR,
        SETTING_DEFAULT_HYPH_CHAR
      ),
      levelsTable = patternsDefinition[0],
      patterns = patternsDefinition[1],
      minWordLength =
        keyOrDefault(
          options,
          SETTING_NAME_MIN_WORD_LENGTH,
          SETTING_DEFAULT_MIN_WORD_LENGTH
        ) >> 0,
      skipHTML = keyOrDefault(options, SETTING_NAME_HTML, SETTING_DEFAULT_HTML),
      userExceptions = keyOrDefault(
        options,
        SETTING_NAME_EXCEPTIONS,
        SETTING_DEFAULT_EXCEPTIONS,
        validateArray
      );
    var cacheKey = hyphenChar + minWordLength;
    exceptions[cacheKey] = {};
    if (patternsDefinition[2]) {
      exceptions[cacheKey] = exceptionsFromMarkers(
        patternsDefinition[2],
        hyphenChar
      );
      markersDict = patternsDefinition[2];
    }
    if (userExceptions && userExceptions.length) {
      exceptions[cacheKey] = extend(
        exceptions[cacheKey],
        exceptionsFromDefinition(userExceptions, hyphenChar)
      );
      markersDict = extend(
        markersDict,
        markersFromExceptionsDefinition(userExceptions)
      );
    }
    caches[cacheKey] = extend({}, exceptions[cacheKey]);
    if (asyncMode && !("Promise" in _global)) {
      throw new Error(
        "Failed to create hyphenator: Could not find global Promise object, needed for hyphenator to work in async mode"
      );
    }
    return function (text, options2) {
      options2 = options2 || {};
      var localHyphenChar = keyOrDefault(
          options2,
          SETTING_NAME_HYPH_CHAR,
          hyphenChar
        ),
        localMinWordLength =
          keyOrDefault(options2, SETTING_NAME_MIN_WORD_LENGTH, minWordLength) >>
          0,
        localUserExceptions = keyOrDefault(
          options2,
          SETTING_NAME_EXCEPTIONS,
          SETTING_DEFAULT_EXCEPTIONS,
          validateArray
        ),
        cacheKey2 = localHyphenChar + localMinWordLength;
      if (!exceptions[cacheKey2] && patternsDefinition[2]) {
        exceptions[cacheKey2] = exceptionsFromMarkers(
          patternsDefinition[2],
          localHyphenChar
        );
        caches[cacheKey2] = extend(caches[cacheKey2], exceptions[cacheKey2]);
      }
      if (localUserExceptions && localUserExceptions.length) {
        exceptions[cacheKey2] = extend(
          exceptions[cacheKey2],
          exceptionsFromDefinition(localUserExceptions, localHyphenChar)
        );
        markersDict = extend(
          markersDict,
          markersFromExceptionsDefinition(localUserExceptions)
        );
        caches[cacheKey2] = extend(caches[cacheKey2], exceptions[cacheKey2]);
      }
      return start(
        text,
        levelsTable,
        patterns,
        caches[cacheKey2],
        markersDict,
        localHyphenChar,
        skipHTML,
        localMinWordLength,
        asyncMode
      );
    };
  }

  return createHyphenator;
});


/***/ }),

/***/ 92509:
/***/ (function(module) {

(function (root, exports) {
  if (typeof define === "function" && define.amd) {
    // AMD. Register as an anonymous module.
    define([], function () {
      return exports;
    });
  } else if ( true && module.exports) {
    // Node. Does not work with strict CommonJS, but
    // only CommonJS-like environments that support module.exports,
    // like Node.
    module.exports = exports;
  } else {
    // Browser globals (root is window)
    root.hyphenationPatternsEnGb = exports;
  }
})(this, [
  [
    [0, 0, 4],
    [0, 0, 3],
    [0, 0, 0, 4],
    [0, 0, 0, 0, 3],
    [0, 0, 5],
    [0, 0, 0, 3],
    [0, 0, 1],
    [0, 0, 0, 5],
    [0, 0, 2],
    [0, 0, 0, 2],
    [0, 0, 3, 0, 3],
    [0, 0, 4, 5],
    [0, 0, 0, 0, 0, 4],
    [0, 0, 3, 4],
    [0, 0, 0, 4, 5],
    [0, 0, 0, 0, 0, 0, 5],
    [0, 0, 0, 0, 0, 5],
    [0, 0, 5, 4],
    [0, 0, 0, 0, 5],
    [0, 0, 0, 0, 4],
    [0, 0, 0, 1],
    [0, 0, 5, 0, 5],
    [0, 0, 4, 4],
    [0, 0, 4, 2],
    [0, 0, 3, 2],
    [0, 0, 0, 5, 0, 5],
    [0, 0, 4, 0, 4],
    [0, 0, 0, 3, 4],
    [0, 4],
    [1],
    [2],
    [2, 0, 0, 4],
    [0, 3],
    [4],
    [3],
    [5],
    [0, 5],
    [0, 0, 2, 5],
    [0, 2],
    [4, 2],
    [4, 0, 1],
    [0, 1, 2],
    [0, 0, 0, 0, 2],
    [0, 1],
    [2, 0, 2],
    [2, 1],
    [2, 1, 0, 4],
    [2, 2],
    [0, 5, 4],
    [0, 0, 0, 0, 0, 0, 4],
    [0, 0, 0, 0, 0, 3],
    [0, 0, 2, 2],
    [0, 0, 3, 0, 5],
    [0, 5, 0, 5],
    [0, 0, 5, 0, 4],
    [4, 0, 0, 0, 2],
    [4, 3],
    [0, 4, 1, 4],
    [0, 2, 3],
    [4, 0, 4],
    [5, 0, 5],
    [0, 0, 4, 1],
    [2, 1, 2],
    [0, 0, 1, 2],
    [4, 1],
    [3, 2],
    [5, 0, 0, 4],
    [0, 0, 0, 5, 4],
    [1, 0, 2],
    [0, 0, 3, 0, 4],
    [4, 5, 4],
    [4, 1, 2],
    [0, 5, 5],
    [0, 2, 0, 4],
    [0, 0, 3, 4, 3],
    [3, 0, 0, 3],
    [3, 0, 0, 0, 3],
    [0, 1, 4],
    [1, 0, 0, 2],
    [1, 2, 2],
    [0, 2, 0, 2],
    [3, 0, 3],
    [0, 0, 0, 4, 3],
    [5, 4],
    [0, 2, 5],
    [0, 5, 0, 0, 5],
    [0, 3, 2],
    [1, 2],
    [4, 0, 0, 4],
    [0, 4, 4],
    [0, 1, 0, 4],
    [3, 4, 0, 2],
    [0, 3, 4],
    [5, 0, 3],
    [1, 4],
    [3, 0, 0, 0, 4],
    [1, 0, 1],
    [2, 5],
    [3, 0, 1],
    [4, 5],
    [1, 0, 1, 2],
    [2, 0, 4],
    [0, 0, 4, 3],
    [0, 5, 0, 4],
    [5, 0, 4],
    [0, 5, 0, 2],
    [0, 1, 0, 1],
    [0, 0, 0, 0, 0, 0, 0, 0, 5],
    [0, 4, 5],
    [0, 0, 2, 1],
    [4, 4],
    [0, 4, 3, 0, 0, 4],
    [0, 4, 0, 4],
    [0, 4, 3],
    [0, 4, 5, 0, 0, 5],
    [0, 3, 0, 0, 5],
    [4, 0, 0, 2],
    [0, 3, 0, 4],
    [0, 0, 3, 0, 0, 3],
    [0, 5, 2],
    [0, 0, 4, 0, 5],
    [0, 2, 0, 1],
    [0, 0, 0, 2, 3],
    [0, 0, 2, 3],
    [2, 3],
    [4, 0, 0, 3],
    [2, 0, 0, 1],
    [0, 0, 0, 0, 0, 0, 0, 5],
    [0, 0, 0, 2, 1],
    [0, 0, 1, 4],
    [1, 0, 4],
    [0, 5, 0, 0, 4],
    [2, 1, 4],
    [0, 4, 0, 2],
    [0, 4, 2],
    [5, 0, 0, 0, 4],
    [0, 1, 0, 0, 4],
    [0, 3, 0, 3],
    [0, 4, 0, 3],
    [0, 3, 0, 0, 4],
    [0, 0, 0, 0, 1],
    [0, 2, 4],
    [3, 0, 0, 0, 0, 3],
    [0, 3, 0, 0, 3],
    [0, 5, 4, 5],
    [0, 0, 1, 0, 4],
    [2, 4, 1],
    [2, 0, 0, 2],
    [0, 1, 0, 2],
    [4, 0, 5],
    [0, 0, 4, 0, 0, 5],
    [0, 0, 2, 4],
    [4, 0, 3],
    [2, 0, 1],
    [0, 4, 1],
    [3, 0, 2],
    [0, 2, 2],
    [0, 3, 0, 5],
    [3, 0, 0, 4],
    [5, 0, 5, 0, 5],
    [5, 0, 0, 3],
    [4, 0, 0, 5],
    [2, 0, 0, 0, 4],
    [3, 0, 4],
    [5, 0, 0, 0, 2],
    [3, 4],
    [3, 0, 0, 1],
    [0, 0, 0, 0, 0, 5, 4],
    [5, 0, 0, 2, 1],
    [3, 0, 0, 0, 0, 4],
    [0, 3, 0, 0, 0, 4],
    [0, 0, 0, 1, 2],
    [5, 4, 3],
    [0, 0, 4, 0, 0, 4],
    [0, 3, 0, 1],
    [0, 3, 0, 2],
    [0, 0, 0, 0, 4, 4],
    [2, 0, 0, 3],
    [4, 3, 0, 2],
    [0, 0, 1, 0, 2],
    [0, 0, 0, 2, 4],
    [5, 0, 0, 5],
    [5, 4, 0, 3],
    [2, 3, 2],
    [0, 0, 4, 0, 1],
    [0, 0, 0, 4, 4],
    [0, 0, 0, 3, 2],
    [2, 4],
    [0, 4, 0, 5],
    [0, 4, 1, 0, 4],
    [0, 4, 1, 2],
    [0, 0, 4, 4, 0, 3],
    [0, 0, 0, 5, 0, 4],
    [0, 0, 5, 2],
    [4, 1, 4],
    [0, 4, 0, 0, 4],
    [0, 2, 1],
    [5, 0, 0, 5, 4],
    [5, 0, 0, 0, 5],
    [1, 0, 0, 4],
    [0, 0, 5, 5],
    [0, 5, 0, 0, 2],
    [2, 0, 3],
    [5, 2],
    [0, 2, 0, 0, 4],
    [0, 0, 0, 0, 5, 4],
    [5, 0, 0, 0, 0, 4],
    [1, 0, 0, 1],
    [0, 0, 5, 0, 0, 5],
    [0, 4, 3, 4],
    [5, 5],
    [4, 4, 0, 0, 4],
    [0, 0, 0, 5, 2],
    [0, 0, 0, 0, 4, 3],
    [0, 1, 1],
    [3, 0, 0, 2]
  ],
  {
    ".": {
      a: {
        b: { i: 0, o: { l: 1 } },
        c: { e: [{ t: 3 }, 2], h: 2, t: { i: { v: { a: 4 } } } },
        d: { d: { i: { n: 0 } }, e: 1, o: 1 },
        e: { d: 4, r: { i: 5 } },
        f: { f: 1, t: 1 },
        g: { a: 0, n: 4 },
        i: { r: 5 },
        l: { i: { m: 4 }, k: 6, l: { e: 1 } },
        m: { a: { r: 4, t: { e: 7 } }, i: 8, p: { e: 1, h: 1 } },
        n: [
          {
            a: { b: 5, s: 5 },
            d: [{ a: 4 }, 9],
            e: { l: 0, n: 0 },
            g: { l: 0 },
            o: { n: { ".": 0 } },
            s: 1,
            t: { a: 5, i: [{ c: 2 }, 10], o: 11 },
            y: 7
          },
          6
        ],
        p: { h: { o: { r: 7 } }, i: 0 },
        r: {
          a: { b: 4, p: 4 },
          c: { i: 0 },
          d: 4,
          e: 0,
          i: [{ s: { e: 0, i: 0 } }, 2],
          s: { e: { n: 4 } },
          t: { i: { c: { l: 7 } } }
        },
        s: [{ q: 0, s: { i: { b: 4 } } }, 6],
        t: {
          a: { r: 4 },
          e: { l: { i: 12 } },
          o: { m: { i: { s: { e: 4 }, z: 4 } } },
          r: 1,
          t: 1
        },
        u: {
          b: 1,
          g: { u: 13 },
          r: { e: 14 },
          s: 7,
          t: { h: { e: { n: 15 } } }
        },
        v: [{ e: { r: { a: 4 } } }, 0]
      },
      b: {
        a: {
          p: { t: { i: { s: { m: 7 } } } },
          r: { r: { i: { c: 16 } } },
          s: { i: [{ c: 4 }, 2] }
        },
        e: { d: { i: 1 }, l: { o: 1 }, r: { a: 17 }, s: { m: 4 } },
        i: { e: { r: 0 } },
        l: { a: { z: { o: 18 } } },
        o: { l: { o: 1 }, s: { o: { m: 7 } }, u: { n: { d: 19 } }, v: 2 },
        r: { a: { c: { h: 7 } }, e: 9 },
        u: { r: { n: { i: 18 } } }
      },
      c: {
        a: {
          d: { e: 1 },
          g: { i: { n: 0 } },
          m: { i: 7, o: 5 },
          n: [{ t: { a: 7 } }, 20],
          p: { i: { t: { u: 4 } } },
          r: { i: 2 },
          s: { u: { a: { l: 7 } } },
          t: { i: 0 }
        },
        e: {
          n: { s: { o: 7 }, t: { e: { n: { a: 7 } }, r: { i: 18 } } },
          r: { i: 2 }
        },
        h: 0,
        i: { t: { a: 2 } },
        l: { e: { m: { e: 18 } }, i: { m: { a: { t: { o: 16 } } } } },
        o: {
          i: { t: 4 },
          p: { a: 1, r: { o: 7 } },
          r: { u: 1 },
          s: { i: 1 },
          t: { e: { r: 4 }, y: { l: { e: 15 } } }
        },
        r: { i: { t: { i: { c: { i: 7 } } } } },
        u: { s: { t: { o: { m: 15 } } } }
      },
      d: {
        a: { v: 7 },
        e: {
          a: { c: { o: 7 } },
          l: { e: { c: 4, g: 7 }, i: [{ r: 18 }, 1] },
          m: 6,
          n: { i: { t: 4 }, o: 1 },
          r: [{ a: 1, e: { s: 4 }, i: 1 }, 9],
          s: {
            c: { r: { i: { b: 4 } } },
            e: { r: { v: 4 } },
            i: { g: { n: { e: 4 } }, r: 4, s: 4 },
            p: { o: { i: 4 } }
          },
          t: { e: { r: { m: { i: 15 } } } },
          v: { e: 1 },
          w: 0
        },
        i: { a: { l: { ".": 0 }, s: 5, t: 0 }, n: { a: 2 }, o: { c: 7 } },
        o: [{ e: 0, m: { e: { s: { t: 15 } } } }, 8],
        u: { a: { l: { ".": 0 } }, c: 0 },
        y: { s: 5 }
      },
      e: {
        a: { s: { t: 18 } },
        c: { h: { i: { n: 16 } }, o: 5, t: 1 },
        d: { e: { m: 4 }, i: { t: { ".": 0, i: 0 } } },
        g: 0,
        i: { d: 1, r: 4 },
        l: { e: { v: 10 }, i: 8, u: { s: 7 } },
        m: { b: 1, i: { n: 4 }, p: [{ y: 4 }, 2] },
        n: [{ c: 4, d: { e: { d: 0 } }, s: 1, t: [{ a: 4 }, 9] }, 6],
        o: { s: 7 },
        p: { i: [{ d: 5 }, 20] },
        r: { a: 8, e: { m: 21 }, i: 22, o: [{ s: 19, t: 3 }, 23], r: { i: 0 } },
        s: [{ c: { a: { l: 16 } }, p: 1, t: 1 }, 6],
        t: { e: { r: { n: 16 } }, h: { e: 5 } },
        u: [{ r: 2 }, 6],
        v: { a: { l: 3 }, o: { l: { u: { t: 18 } } } },
        w: 0,
        x: [{ a: 1 }, 6],
        y: { e: 5 }
      },
      f: {
        a: { l: { l: { e: 2 } }, r: { i: 2 } },
        e: {
          c: { u: { n: { d: { a: 7 } } } },
          n: { d: 2 },
          o: { f: { f: 16 } }
        },
        i: [
          {
            l: { i: { a: 4 }, t: { r: 7 } },
            n: { e: { s: { s: 7 } }, g: 5, i: { t: 17 } },
            s: { c: 14 }
          },
          8
        ],
        o: { c: 1 },
        r: { a: { n: { c: { h: 18 } } } },
        u: { g: { a: 4 } }
      },
      g: {
        a: { m: [{ e: { t: 7 } }, 0] },
        e: { n: { e: { t: [{ i: 4 }, 2] }, i: { a: 7 } }, r: { o: 1 } },
        l: { o: { r: { i: { o: 18 } } } },
        n: { o: { s: { t: 12 } } },
        o: { n: { o: 1 }, s: 5 }
      },
      h: {
        a: {
          b: [{ i: { l: { i: 4 } } }, 9],
          m: { a: 18 },
          n: { d: { e: 2 } },
          s: { t: { i: 18 } }
        },
        e: { i: 0, m: { a: 7 } },
        i: [{ b: 1 }, 8],
        o: { l: 8, r: { o: { l: 4 } }, v: 5 },
        y: { l: { o: 1 } }
      },
      i: {
        c: { o: { s: 5 } },
        d: { i: 9 },
        g: [{ n: 6 }, 1],
        l: { i: 0 },
        m: { b: 4 },
        n: [
          { d: 1, e: 24, i: 8, o: 1, t: 1, v: { e: { s: { t: { i: 15 } } } } },
          6
        ],
        r: { r: 1 },
        s: { c: 0, l: { i: 0 }, o: [{ m: 7 }, 0] }
      },
      k: { a: { r: { o: 4 } }, i: { e: 0, n: { e: 5 } } },
      l: {
        a: {
          b: { o: 2 },
          m: { e: [{ n: { t: { a: 7 } } }, 0] },
          n: { i: 7 },
          s: { h: { e: 19 } }
        },
        e: {
          m: 0,
          n: { t: { i: 7 } },
          p: [{ r: 7 }, 8],
          s: { s: { o: { n: 7 } } },
          v: { a: { n: 4 } }
        },
        i: {
          b: { r: { a: { r: 15 } } },
          g: { a: 5 },
          o: [{ n: { s: 0 } }, 1],
          p: 0
        },
        o: {
          c: { a: 5 },
          g: { i: { a: 0 } },
          p: [{ h: 3 }, 8],
          u: { s: { i: 18 } },
          v: { e: { r: 7 } }
        },
        u: { b: 5 },
        y: { o: 5 }
      },
      m: {
        a: {
          c: { u: 7 },
          l: { a: { d: 25 }, i: { n: 4 } },
          r: { t: { i: 7 } },
          t: { h: 18 }
        },
        e: {
          l: { o: { d: { i: { o: 4 } } } },
          n: { t: [{ a: 7 }, 19] },
          r: { i: { d: 4, n: 4 } },
          t: { e: { r: 2 } }
        },
        i: {
          e: 0,
          g: { r: 1 },
          n: { u: { e: 7 } },
          r: { k: 19 },
          s: 20,
          t: { o: 4 }
        },
        o: { b: { i: 1 }, l: { e: { c: 4 } }, n: { a: 5 }, r: { t: { i: 7 } } },
        u: { n: { i: 1 }, s: { i: [{ c: { o: 18 } }, 1] } },
        y: { t: { h: 3 } }
      },
      n: {
        a: { k: 4, r: { i: 19 }, s: { t: [{ i: 7 }, 19] } },
        e: { c: { t: 5 } },
        i: { c: 0, t: { r: { o: 4 } } },
        o: { c: 0, m: { o: 5 }, s: { t: 5 }, t: { i: { c: 4 } } },
        u: { c: { l: { e: 16 } } }
      },
      o: {
        b: { e: { d: 18, l: 1 }, l: 1 },
        d: 0,
        e: { d: 7, s: { o: 4 } },
        f: { t: 4 },
        i: 0,
        l: { d: 0 },
        m: { e: [{ l: 4 }, 9] },
        n: { c: { e: 0 }, e: 0 },
        p: { i: 8, t: { a: 7 } },
        r: [
          {
            a: { t: [{ o: { r: { i: 7 } } }, 26] },
            c: { h: { e: 4 } },
            d: 1,
            e: [{ o: 1 }, 2],
            i: 0,
            n: { e: { r: 12 } },
            o: 8
          },
          6
        ],
        s: [{ i: 2 }, 6],
        t: { h: 7 },
        u: { t: 20 },
        v: 0
      },
      p: {
        a: {
          l: { i: 7 },
          r: { a: { d: { i: { s: 18 } }, f: 7, t: 18 } },
          t: { a: 4, i: { o: 0 } }
        },
        e: {
          c: { t: 27, u: 3 },
          d: { e: 5 },
          n: { d: [{ e: 7 }, 19] },
          p: { t: 5 },
          r: { i: { n: 18 }, s: { e: { c: 16 } } },
          t: { i: { t: { i: 4 } } }
        },
        h: [{ e: { n: { o: { m: 7 } } }, o: { n: { i: 19 } } }, 8],
        i: { e: 8, l: { a: 1 } },
        l: { a: { s: { t: 12 } }, i: { c: [{ a: 12 }, 19] }, o: { s: 19 } },
        o: {
          l: { a: 1, i: { t: { e: 4 } } },
          p: [{ l: 7 }, 8],
          s: { i: { t: { i: { o: 4 } } }, s: { i: 7 } }
        },
        r: { o: { b: { a: { t: 7 } } } },
        u: { r: { r: 2 }, t: { t: { e: 2 } } }
      },
      r: {
        a: { c: { e: { m: 4 } }, n: { g: { i: 7 } } },
        e: {
          c: { a: 1 },
          f: { e: { r: { e: 7 } } },
          g: { a: { r: 4 } },
          i: 6,
          l: { i: { n: 4 } },
          m: 6,
          o: 4,
          s: {
            c: { i: 7 },
            e: { n: 4 },
            p: { o: 4 },
            t: { a: { t: 4 }, o: { r: { e: 4 } }, r: 4 }
          },
          t: { a: 1 },
          u: 4,
          w: 1
        },
        i: { b: { a: 7 }, n: 2, t: 9 },
        o: { l: { l: { a: 2 } }, s: { a: 5 } }
      },
      s: {
        a: [
          {
            c: { r: 7 },
            l: { i: [{ n: 4 }, 2], t: { e: { r: 18 } } },
            n: { c: 18 },
            p: { a: 7 },
            v: { o: 1 }
          },
          8
        ],
        c: { i: { e: 5 } },
        e: {
          a: { s: 5 },
          c: { t: [{ o: 7 }, 19] },
          g: { r: 1 },
          n: { t: 5 },
          q: 6,
          r: { i: { e: 2 } },
          s: 20,
          v: { e: { r: { a: 7 } } }
        },
        h: 8,
        i: { g: { n: { o: 4 } }, s: 5 },
        t: [
          {
            a: { t: { o: 19 } },
            r: { a: { t: { o: 18 } }, i: { n: { g: { i: 15 } } } }
          },
          0
        ],
        u: { d: { a: 4 }, l: { p: { h: { a: 16 } }, t: 5 } }
      },
      t: {
        a: {
          c: { t: { i: [{ c: 7 }, 19] } },
          m: [{ a: { r: 16 } }, 0],
          r: { o: 7 }
        },
        e: {
          c: { t: 19 },
          l: { a: 7, l: { e: 18 } },
          m: 0,
          r: { a: { t: 21 }, p: 2 }
        },
        h: [{ o: [{ l: 19 }, 2] }, 0],
        i: [{ l: 2, n: { i: 4 }, t: { i: { s: 2 } } }, 8],
        o: { r: 20 },
        r: {
          a: { n: { c: 19 } },
          i: { b: { a: { l: 7 } }, d: 5, n: { a: 19 }, s: { t: { i: 7 } } },
          o: { p: { h: [{ o: 16 }, 2] }, v: 2 }
        },
        u: { l: { a: { r: 16 } }, r: { b: 19, i: 19 }, t: { e: 4, o: 1 } }
      },
      u: {
        l: { l: 0, t: { i: { m: { a: { t: 18 } } } } },
        n: {
          c: { e: 4, h: 4 },
          d: [{ e: { r: 16 } }, 24],
          e: 1,
          g: 1,
          i: { c: 5, o: 5 },
          k: 13,
          s: 4,
          t: 13,
          u: 4
        },
        p: [{ l: 1 }, 6],
        r: { a: 2, e: { t: { h: 4 } }, o: 0 }
      },
      v: {
        a: { l: { e: { d: 4 } } },
        e: [
          {
            c: 7,
            l: { o: 4 },
            n: { t: { i: { l: 18 } } },
            r: { i: { e: 2 }, n: 5 }
          },
          8
        ],
        i: { c: { t: { o: 7 } }, s: [{ i: 5, o: 4 }, 8] },
        o: { c: 6, l: { u: { t: 4 } } }
      },
      w: { i: { n: { e: { s: 18 } } } },
      x: { y: { l: 1 } },
      z: { a: { r: 4 } }
    },
    a: {
      a: 28,
      b: [
        {
          ".": 30,
          a: [{ r: { e: 4 }, y: 19 }, 30],
          b: [{ e: { r: 4 } }, 30],
          e: [{ r: { d: 1, r: 1 }, t: 32 }, 31],
          i: { c: 6, e: 32, n: 30, o: [{ n: 7 }, 33], t: { a: 1, u: 0 } },
          l: { a: 1, i: 19 },
          o: { l: { i: { c: 33 } }, m: 1, t: { a: 1 }, u: { t: 34 } },
          r: 6,
          s: { ".": 30 },
          u: { l: [{ o: 2 }, 6], s: { e: 1, i: 1 } },
          y: 30
        },
        29
      ],
      c: {
        a: [{ b: { l: 4 }, l: 1, n: { t: { h: 35 } }, r: { d: 4 }, t: 36 }, 8],
        h: {
          a: { l: 7 },
          i: { n: { i: 36 }, s: { m: 7 } },
          r: { o: 12 },
          u: { r: 7 }
        },
        i: [{ c: 28, e: { r: { s: 2 } }, f: 19, t: 33 }, 30],
        k: { a: 7 },
        l: { i: 1 },
        o: { ".": 33, d: 5, n: { r: 4 }, s: 33, u: 33 },
        r: [{ y: 1 }, 6],
        t: {
          a: { t: { e: 7 } },
          i: { l: { e: 7 } },
          o: [{ r: { y: 7 } }, 8],
          r: 37
        },
        u: { a: { t: 4 } }
      },
      d: {
        a: { i: 36, v: 5 },
        e: { e: 33, n: { i: 4 } },
        h: { a: 0 },
        i: {
          c: { a: 1 },
          f: 36,
          l: 33,
          o: { p: 2 },
          p: 2,
          s: { i: 19 },
          t: { i: 32 }
        },
        j: { u: 34 },
        m: { i: { t: 35 } },
        o: [{ e: 33, i: 33, l: 1, s: 32, w: 6 }, 38],
        r: [{ a: { m: 12 } }, 6],
        u: [{ l: { a: 1 }, m: 1 }, 39],
        y: 33
      },
      e: {
        a: 4,
        c: { i: { t: 0 }, o: 3 },
        d: [{ i: { s: 7 } }, 33],
        g: 4,
        o: { n: 1 },
        p: 4,
        r: { o: { d: { y: 15 } } },
        s: [{ i: 4, t: 5 }, 0],
        t: { a: 2, h: 19, o: { r: { ".": 2 } } },
        v: { a: 5 }
      },
      f: { ".": 33, e: 33, t: { a: 4 }, u: 28 },
      g: {
        a: { r: { i: 0 } },
        e: { r: { i: 33 } },
        h: { e: 36 },
        i: { a: [{ s: 2 }, 36], n: { o: 33 } },
        l: [{ i: 19 }, 33],
        n: 40,
        o: { n: { i: 1 }, r: { a: 19 }, t: 4 },
        r: [{ i: 1, u: 18 }, 38]
      },
      h: [{ a: [{ r: [{ a: 7 }, 42] }, 41], e: 43, n: 0, o: { o: 36 } }, 30],
      i: [
        {
          ".": 33,
          a: 1,
          c: 43,
          d: { a: 2, e: { r: 7 } },
          g: [{ u: 4 }, 9],
          l: { e: { r: 5 }, o: 5 },
          m: { e: { r: 7 } },
          n: {
            d: { e: { r: { s: 7 } } },
            e: { a: 4 },
            g: { ".": 32 },
            i: 5,
            o: 7,
            t: { e: { r: 18 } }
          },
          r: { a: 7, p: 7, s: 5 },
          s: { i: 20, m: 36 }
        },
        44
      ],
      j: [{ u: 28 }, 45],
      k: [{ e: { l: 19 }, u: 4 }, 30],
      l: {
        a: {
          b: { l: 4 },
          c: { t: 12 },
          e: 43,
          i: { s: 4 },
          m: { a: 5 },
          n: { c: { e: 4 } },
          t: 1,
          v: 36
        },
        c: { a: { t: 5 }, h: 1 },
        d: { r: { i: 7 } },
        e: [
          { c: 32, g: 19, m: { a: 7 }, n: { d: { e: 4 } }, o: 43, t: 38 },
          30
        ],
        i: {
          b: { r: 1 },
          c: { i: 2, s: 4 },
          d: 6,
          f: 1,
          g: 35,
          n: [{ i: 36, o: 18 }, 6],
          p: { e: 4, o: { t: 4 } },
          s: { ".": 33 },
          u: 33
        },
        k: [{ i: { e: 7 } }, 33],
        l: { a: { b: 0, g: 0 }, i: { a: { n: 18 }, g: 12, s: { h: 0 } } },
        o: {
          e: 36,
          g: { r: 1 },
          m: 32,
          o: 32,
          r: [{ i: { m: 0 } }, 6],
          s: 19,
          u: [{ s: 1 }, 28],
          w: 36
        },
        p: { e: { n: 4 }, h: 1 },
        t: { a: { t: { i: 4 } }, i: { e: 1 } },
        u: { b: 5, e: { d: 4, s: 1 }, m: { n: { i: { a: 36 } } } },
        v: { a: 6, e: { r: 4 }, u: 7 },
        y: [{ n: 36 }, 46]
      },
      m: [
        {
          a: {
            d: 36,
            g: 2,
            n: { d: 18 },
            r: { i: { n: { e: 36 } } },
            s: { ".": 32 },
            t: [{ i: { c: 48 }, u: 4 }, 6]
          },
          b: { i: { n: 0 }, u: 34 },
          e: { l: { o: 4 }, n: [{ d: 19 }, 32], r: { a: 1, l: 4 } },
          i: [
            {
              c: [{ a: 4, r: 18 }, 9],
              d: 34,
              l: { i: 32, y: 4 },
              n: { i: { f: 12, z: 4 }, o: { s: 49 } },
              s: { ".": 36 },
              u: { m: { ".": 28 } }
            },
            6
          ],
          o: { n: 32, r: { a: 18, t: 50 }, s: { e: 4 } },
          p: [
            {
              e: { r: { i: 4 } },
              h: { i: { g: 16 } },
              l: { i: 5 },
              o: { l: 18 }
            },
            8
          ],
          u: { l: 1 },
          y: { l: 18 }
        },
        47
      ],
      n: [
        {
          a: [
            {
              d: { i: 36 },
              e: 1,
              g: { e: 1 },
              k: 7,
              l: { i: 1 },
              r: { c: 1 },
              s: { t: 36 }
            },
            8
          ],
          c: { o: { n: 0 } },
          d: {
            a: { t: 13, u: 7 },
            e: { e: { r: 7 }, l: 4 },
            i: { f: 4, s: { t: 7 }, t: 4 },
            o: { n: { i: 0 } }
          },
          e: { a: 0, e: { r: 4 }, l: { l: [{ i: 18 }, 1] }, u: 1 },
          g: { a: { n: 1 }, o: { v: 12 }, u: { r: 0 } },
          h: 33,
          i: {
            c: 1,
            f: [{ o: 4 }, 5],
            g: 33,
            o: { n: 4 },
            s: { t: { e: 18 } },
            t: { y: 33 },
            u: 33
          },
          n: { o: 4, y: 33 },
          o: [{ e: 8, m: { a: 1 }, r: 3, s: 8, t: 4 }, 6],
          s: [{ c: [{ o: 0 }, 1], i: { l: 5 }, u: { r: 0 } }, 8],
          t: {
            a: [{ b: { l: 7 }, l: 1, m: 4 }, 51],
            e: 8,
            h: [{ i: 0, r: 34 }, 29],
            i: { c: 33, e: 0, n: { g: 0 }, v: 2 },
            o: { n: { e: 0 } },
            r: 2,
            u: { s: 0 },
            y: { m: 4 }
          },
          u: { l: 1, m: { ".": 1, s: 4 }, r: 32, t: 36 },
          y: [{ a: 4, i: 36 }, 8]
        },
        38
      ],
      o: [{ l: { i: 5 }, w: 35 }, 30],
      p: [
        {
          ".": 33,
          a: [{ c: 43, l: 1, r: { o: 4 } }, 33],
          e: { l: { i: 7 }, u: 36 },
          h: { e: { m: 7 }, i: 5, o: { l: 7 }, y: { l: 50 } },
          i: [{ c: { u: 4 }, n: [{ e: 0 }, 1], r: 36 }, 6],
          l: { a: { n: 32 }, i: 4 },
          o: { s: { t: { r: 7 } }, t: { h: 5 } },
          r: [{ o: { n: 4 } }, 38],
          s: 33,
          t: { a: { t: 7 } },
          u: { l: { a: { r: 7 } }, n: 36 }
        },
        30
      ],
      q: [{ u: { i: 36 } }, 28],
      r: [
        {
          a: {
            b: { i: 33, o: 7 },
            c: { t: { i: 12 } },
            g: [{ e: [{ d: 0 }, 1], i: 4, o: 1 }, 9],
            j: 32,
            l: { l: 1 },
            m: 5,
            n: { g: 19, t: { e: 18 } },
            p: { a: 4 },
            t: 6,
            u: 32,
            v: 5
          },
          b: { a: 1, e: { t: 7 }, i: { d: 0 }, l: [{ i: 5 }, 0], u: { l: 0 } },
          c: { h: { e: { t: 4 }, o: 18 } },
          d: { i: { n: { a: 4 } }, o: { n: { e: 0 } } },
          e: { n: [{ d: 18 }, 1], t: { t: 4 }, v: 52 },
          g: { h: 4, u: 1 },
          h: 1,
          i: [
            {
              f: { f: 4 },
              l: { l: 0 },
              n: { e: { t: 53 }, i: 4 },
              s: { h: { i: 36 } }
            },
            6
          ],
          m: { e: { r: 5 }, i: { t: 4 } },
          n: { a: { l: 1 }, i: { s: 1 } },
          o: {
            d: 1,
            i: { d: 4 },
            m: { a: { s: 2 } },
            n: 2,
            t: { i: 36 },
            u: { c: 36 },
            x: 1
          },
          p: { e: { r: { s: 7 } }, u: 0 },
          r: [{ h: 8 }, 30],
          s: [{ a: { l: 7 }, o: 1 }, 8],
          t: { a: { t: 7 }, h: [{ e: 19, r: 3 }, 8], i: { z: 4 } },
          u: [{ m: 1, n: 54 }, 30],
          y: { o: 32, t: 36 },
          z: 4
        },
        38
      ],
      s: {
        a: [{ f: 0, n: 42 }, 6],
        c: [{ o: { n: 4, t: 4 }, r: 8 }, 30],
        e: [{ c: { t: 1 }, d: 33, p: 19 }, 8],
        h: { a: { y: 7 }, i: { l: 7 } },
        i: { l: { y: 4 }, n: 1, o: 36, t: 32, v: 4 },
        k: { e: { r: 7 }, i: 19 },
        l: { a: 0, o: 0 },
        o: [{ c: { h: 4 }, n: { e: { d: 28 } }, r: 4 }, 30],
        p: { h: 1 },
        s: [{ a: { g: { i: 18 } }, i: { b: { l: 7 }, l: 0, t: 16 } }, 9],
        t: {
          a: [{ t: 0 }, 30],
          i: { a: 0, s: 1, t: 0 },
          o: 55,
          r: { a: 1, i: 0 }
        },
        u: [{ n: 0, r: 4 }, 6]
      },
      t: {
        a: [
          {
            b: { i: 33 },
            l: { i: { s: 36 } },
            m: 19,
            p: 5,
            r: { a: 3 },
            s: 5,
            t: 27
          },
          47
        ],
        e: {
          a: { u: 1 },
          c: { h: 1 },
          e: { r: 4 },
          l: { ".": 36, e: 7 },
          n: { a: { t: 4 }, t: 1 },
          r: [{ a: 1, n: { i: { s: 4, z: 4 } } }, 33],
          s: { s: 33 },
          t: 4
        },
        h: [
          {
            a: 5,
            e: { n: 32, r: { i: { n: 7 }, o: 7 }, t: { e: 7 } },
            i: 5,
            o: { d: 5, n: 36 },
            r: 7
          },
          39
        ],
        i: {
          a: 56,
          c: [{ i: { s: 4, t: 7, z: 4 } }, 9],
          f: 38,
          l: 57,
          m: 28,
          n: [{ a: 33, g: 4 }, 58],
          s: { ".": 59 },
          t: [{ u: [{ d: { i: 15 } }, 3] }, 6],
          u: 33,
          v: { i: [{ z: 36 }, 0] }
        },
        o: [
          {
            d: 60,
            g: 33,
            l: 30,
            n: 33,
            o: 32,
            p: { s: 28 },
            r: { i: { a: { n: 36 } }, y: 28 },
            s: 19,
            z: 36
          },
          38
        ],
        r: [
          {
            a: 1,
            e: [{ s: { s: 60 } }, 28],
            i: [{ c: { u: 16 } }, 6],
            o: { n: 1, u: 4 }
          },
          47
        ],
        t: { a: { g: 0 } },
        u: [{ l: 6, m: 2, r: { a: 1, g: 1 } }, 47],
        y: 39
      },
      u: [
        {
          ".": 33,
          b: { i: 7 },
          c: [{ e: { r: 4 }, o: 5 }, 33],
          d: { e: { r: 7 }, i: { c: 12 } },
          l: { i: 5, t: [{ e: { d: 7, r: 18 }, i: 18 }, 2] },
          m: { a: 1 },
          n: [{ c: { h: { i: { e: 7 } } }, d: [{ r: { e: 2 } }, 5] }, 9],
          r: { e: { o: 4 }, o: [{ r: 4 }, 2] },
          s: { ".": 33, e: { r: 7 }, p: 7, t: { e: { d: 2 } } },
          t: { a: { r: 5 }, e: { r: 5 }, h: 1 }
        },
        44
      ],
      v: [
        {
          a: {
            b: 0,
            g: [{ e: 1 }, 2],
            l: { a: 7, r: 4 },
            n: { t: 4 },
            r: 4,
            s: 3
          },
          e: { n: { d: 1 }, r: { n: 1 } },
          i: { g: 1, o: { l: 12 }, s: 6 }
        },
        30
      ],
      w: { e: { r: { ".": 4, s: 4 } }, i: 6, n: { i: { e: 4 } }, y: 4 },
      x: [{ i: { d: 8 } }, 28],
      y: [
        {
          l: { a: 4 },
          m: 1,
          n: 2,
          s: [{ i: 4, t: { a: 4 } }, 9],
          t: { h: 19 }
        },
        33
      ],
      z: [{ a: { r: 1 }, e: [{ e: 4 }, 2], y: { g: 19 }, z: { l: 2 } }, 44]
    },
    b: {
      a: {
        ".": 30,
        b: { i: { r: 4 } },
        c: { k: 34 },
        e: { n: 19 },
        g: { a: 2 },
        h: 35,
        i: 0,
        l: { a: 5, m: { i: 18 }, o: { n: 4 }, u: 7 },
        m: { a: 2 },
        n: { a: [{ n: 4 }, 2], e: 28, g: 35, i: { t: { i: 28 } }, s: 28 },
        p: 61,
        r: { b: 35, d: [{ i: 12 }, 2], n: 2, o: { m: 4, n: 5 }, s: 35 },
        s: [{ t: { e: 2 } }, 29],
        t: { h: 26, i: { c: 34, o: 4 }, o: { n: 7 }, t: { l: { e: 15 } } }
      },
      b: [{ a: { t: { a: 28 } }, l: { i: 32 }, o: { n: { e: 28 } } }, 62],
      c: [{ o: { r: { d: 12 } } }, 41],
      d: [{ e: { a: { c: 16 }, b: 2 }, i: { v: 2 } }, 45],
      e: [
        {
          ".": 33,
          a: [{ s: 33 }, 34],
          c: { a: 1, u: 34 },
          d: [{ a: 1, e: { l: 7 }, i: 9, o: 0, r: { a: 4 }, u: 0 }, 30],
          e: 35,
          f: 34,
          g: { o: 1, r: 4, u: 1 },
          l: [{ a: 1, e: 30, i: { t: 1 }, t: 2 }, 29],
          m: 1,
          n: { d: [{ a: 18, e: { r: 18 } }, 2], e: 6, i: { g: 4 }, u: 4 },
          o: 33,
          q: 1,
          r: {
            e: 30,
            g: { a: { m: 16 } },
            l: 19,
            r: 35,
            s: 7,
            t: { i: { n: 36 } }
          },
          s: [{ ".": 30, l: 1 }, 63],
          t: { r: 1 },
          w: 1
        },
        38
      ],
      f: [{ a: 2 }, 45],
      h: [{ a: 28 }, 64],
      i: {
        ".": 30,
        a: 29,
        b: 61,
        c: { e: { n: 16 } },
        d: [{ i: 7 }, 65],
        e: [{ r: { s: 0 } }, 28],
        f: [{ i: { d: { ".": 0 } } }, 2],
        g: { a: 4, u: 3 },
        l: [{ e: [{ s: 35 }, 38], l: 65 }, 43],
        m: [{ e: { t: 16 } }, 33],
        n: { a: 35, d: [{ e: 3 }, 66], e: { t: 7 }, i: 67 },
        o: [{ l: 5, m: 7, u: 1 }, 68],
        p: 2,
        q: 4,
        r: [{ e: 69, u: { s: 4 } }, 2],
        s: [{ m: 35, o: 2, u: { l: 16 } }, 38],
        t: { u: { a: 34 }, y: 33 },
        v: { e: 4 }
      },
      j: 43,
      k: 70,
      l: [
        {
          a: { c: 35, g: 19, n: 32, s: { t: 35 }, t: { u: 7 } },
          e: { m: { a: { t: 18 } }, r: 34, s: { p: 35 } },
          i: { k: 33, m: { a: 3 }, o: 5, q: 9, s: 32 },
          y: 33
        },
        44
      ],
      m: [{ e: { n: { t: 12 } }, i: 2 }, 45],
      n: 64,
      o: [
        {
          ".": 33,
          a: [{ m: 4 }, 34],
          b: 35,
          d: { i: 7 },
          h: 4,
          i: { d: 30 },
          k: { e: 33 },
          l: { e: [{ d: 33 }, 2], i: 5, t: 2 },
          n: [{ c: 2, e: 2, i: { e: 2, f: 19 }, s: { p: 2 } }, 34],
          o: 29,
          r: {
            a: { t: 32 },
            d: 5,
            e: { e: 7, t: 7 },
            i: [{ c: 7, o: 7 }, 34],
            n: 2
          },
          t: { a: { n: 5 }, i: 35 },
          u: { n: { t: { i: 18 } }, r: 34, s: 19 },
          w: [{ s: 5 }, 9],
          x: { y: 33 },
          y: 35
        },
        8
      ],
      r: [
        {
          a: { c: { h: 34 }, l: 33, m: 19, n: [{ d: 19 }, 38] },
          e: { ".": 33, a: { s: 28 }, s: 39, v: { e: { t: 18 } } },
          i: { d: 38, e: { f: 35 }, n: { g: 16 }, o: { s: 2 }, s: { t: 36 } },
          o: { a: 28, m: { a: 2 }, s: 19 },
          u: { m: 19 },
          y: { ".": 33 }
        },
        0
      ],
      s: [
        {
          c: [{ o: { n: 12 } }, 32],
          e: { n: 19, r: { v: { a: { n: 16 } } } },
          i: [{ n: 19 }, 36],
          o: [{ l: { e: 3, u: 5 } }, 9],
          t: { a: { c: 28 }, u: { p: { e: 15 } } }
        },
        71
      ],
      t: [{ l: { e: { t: 36 } } }, 45],
      u: {
        ".": 33,
        b: 35,
        f: { f: { e: { r: 7 } } },
        l: { i: 28, o: { s: 28 } },
        n: [{ a: [{ t: 72 }, 2], t: 19 }, 9],
        r: { e: 5, r: { i: 2 } },
        s: { i: { e: 19 }, s: [{ i: 7 }, 42], t: 34 },
        t: { a: { r: 4 }, e: 32, i: { n: 36, o: 34, v: 2 }, o: 53 }
      },
      v: 43,
      w: 56,
      y: [{ ".": 33, i: 34, s: 2, t: 35 }, 30]
    },
    c: {
      a: {
        ".": 30,
        b: { i: { n: 7 } },
        c: { e: 28, o: 3 },
        d: { r: 2 },
        f: 35,
        g: { o: 1 },
        i: 35,
        k: 35,
        l: [
          {
            a: [{ m: { a: { n: 4 } }, r: 7 }, 28],
            c: 34,
            e: { f: 4 },
            l: { i: { n: 18 } },
            m: 2,
            y: 1
          },
          43
        ],
        m: { a: 1, i: 2 },
        n: {
          a: { r: 4 },
          e: 73,
          o: [{ e: 1 }, 28],
          t: { a: { r: 7 }, e: { d: 7 }, i: { c: 2 }, r: 2 }
        },
        o: 35,
        p: [{ i: { l: 4 }, t: [{ i: 5 }, 19], u: 5 }, 29],
        r: [
          {
            a: { c: 52, m: { e: 7 } },
            e: { e: 1 },
            i: { c: 74, f: 5 },
            m: 7,
            n: { i: 5 },
            o: { l: 5, n: 7, o: 7, u: 1 },
            v: 2
          },
          29
        ],
        s: { e: 18, h: { i: 12 }, s: 75, t: { i: { g: 7 } }, u: 76 },
        t: [{ ".": 28, c: 38, o: { m: 28 }, r: 24, s: 28, u: 2 }, 43],
        u: [{ l: { k: { i: 12 } } }, 34],
        v: { i: { l: 5 } },
        y: 34
      },
      c: [
        {
          e: { n: { t: { r: 16 } }, s: { s: { a: 19 } } },
          h: 32,
          i: { d: 27, p: 19 },
          l: { e: 3 }
        },
        77
      ],
      e: {
        ".": 33,
        a: { b: 33, n: 3, s: 34 },
        c: { i: 0 },
        d: [{ a: [{ r: 1 }, 35], e: 34, i: 34 }, 30],
        f: 33,
        g: 4,
        i: { v: 34 },
        l: {
          a: { i: 5 },
          i: { b: 25 },
          l: [{ i: { n: 7 } }, 35],
          o: [{ m: 4 }, 19],
          y: 33
        },
        m: [{ e: { t: 0 }, i: 34, o: 0 }, 30],
        n: [
          {
            c: [{ i: 7 }, 35],
            d: { e: { d: 7, n: 18, r: 18 } },
            i: 5,
            n: 30,
            t: [{ a: 19, e: { d: 7, r: { ".": 7, s: 7 }, s: 7 } }, 34]
          },
          78
        ],
        p: [{ t: { a: 3, i: { c: 7 } } }, 29],
        r: { a: 34, b: { i: 2 }, d: 34, e: { m: 1 }, n: 35 },
        s: { s: 35, t: { o: 18, r: 7 } },
        t: 8,
        w: 2
      },
      h: [
        {
          ".": 33,
          a: {
            b: 33,
            e: 34,
            i: 34,
            m: { p: { e: { r: 18 } } },
            n: { g: { i: 18 } },
            p: { a: 5 }
          },
          e: {
            c: 19,
            d: 33,
            e: 34,
            m: 34,
            o: { l: 5 },
            r: [{ i: [{ n: 35 }, 0], l: 0 }, 6],
            s: 33,
            t: { e: 34 },
            u: 4,
            v: { a: 7 },
            w: 34,
            x: 4
          },
          i: {
            ".": 35,
            a: 34,
            c: { o: 34 },
            l: { y: 1 },
            n: { ".": 0, n: 1 },
            o: 34,
            p: 35,
            z: { z: 12 }
          },
          k: 4,
          l: { o: { r: 35 } },
          m: 33,
          o: [
            {
              a: 5,
              c: 35,
              i: [{ d: 4 }, 33],
              r: [{ e: { d: 33 }, o: { l: 18 } }, 34],
              s: { o: 33 },
              t: [{ i: 33 }, 34],
              u: { s: 4 },
              w: 18
            },
            29
          ],
          r: 34,
          u: { r: 19, t: 34 },
          y: { d: 35, l: 34, m: 34 }
        },
        30
      ],
      i: [
        {
          ".": 33,
          a: { c: 33, m: 2 },
          c: { a: 1 },
          d: { s: 33 },
          e: { ".": 33, r: 1, s: { t: 1 }, t: 4 },
          f: [{ i: 19 }, 1],
          g: [{ a: [{ r: 16 }, 1] }, 33],
          l: [{ l: { i: { n: 7 } } }, 34],
          m: [{ a: 5, e: [{ n: 35 }, 1] }, 30],
          n: {
            a: { b: 33 },
            d: 33,
            e: { a: 18, m: { a: { t: 18 } }, s: { s: 4 } },
            t: 33
          },
          o: { l: 1, m: 4 },
          p: { o: 0 },
          s: { i: 19 },
          t: { r: 5 }
        },
        79
      ],
      k: [{ a: { r: 18, t: 7 }, e: 28, i: { f: 4 }, s: { c: 0 } }, 6],
      l: [
        {
          a: { r: { i: { f: 7 } }, s: 34 },
          e: [{ ".": 30, c: 36, m: { a: { t: 49 } }, v: 3 }, 80],
          i: { m: 20, n: { g: 32 }, q: 9 },
          o: { q: 2, t: { r: 28 } },
          u: { e: 19 },
          y: { p: 18, s: 35 }
        },
        8
      ],
      n: [{ i: 32 }, 8],
      o: [
        {
          ".": 33,
          a: 34,
          b: { a: 4 },
          c: [{ i: 1, u: 4 }, 34],
          d: { i: { c: 1, f: 1 }, y: 33 },
          e: [{ t: 4 }, 34],
          g: { r: 1 },
          i: { d: 56, n: { c: 1 } },
          l: { ".": 33, a: 5, o: { g: 1, u: 35 }, y: 4 },
          m: { a: { s: 4 }, e: 0, o: 69, p: 19 },
          n: [
            {
              a: { t: { i: 2 } },
              c: { h: 2 },
              d: { e: { r: 18 } },
              e: { y: 2 },
              i: { e: 2 },
              s: 5,
              t: [{ a: { d: 16 } }, 5]
            },
            20
          ],
          o: [{ p: 19, r: 1 }, 34],
          p: { e: 2, h: 1, l: 4, o: 1, t: 2 },
          r: {
            a: 30,
            d: { e: { d: 7, r: 18 } },
            e: { d: 33, l: 1 },
            n: 34,
            o: [{ l: 4 }, 33],
            t: 35
          },
          s: { ".": 34, t: { a: 3, e: { r: 18 } } },
          t: { a: 4, r: 81, y: 35 },
          u: { s: { t: 18 } },
          v: [{ a: 1 }, 20],
          w: { a: 7 },
          z: [{ i: 4 }, 2]
        },
        79
      ],
      q: 43,
      r: [
        {
          a: {
            f: [{ t: { i: 16 } }, 35],
            n: [{ i: [{ u: 7 }, 35] }, 28],
            s: { t: 3 },
            t: { e: 2 }
          },
          e: [
            { a: { n: 33, t: 5 }, p: 82, t: { i: 35, o: [{ r: 18 }, 2] } },
            38
          ],
          i: { l: 5 },
          o: { n: 19, s: { t: 12 }, u: 33 },
          u: { s: 83 },
          y: [{ m: 3, o: 3 }, 9]
        },
        8
      ],
      s: [{ i: { m: 18 } }, 70],
      t: [
        {
          a: [
            {
              c: [{ u: 18 }, 32],
              g: 53,
              n: [{ t: 4 }, 6],
              r: { i: { a: 36 } },
              t: { o: 32 }
            },
            38
          ],
          e: [
            { a: 28, e: 84, n: { t: 28 }, r: { i: { a: 19 } }, s: 4, t: 4 },
            43
          ],
          i: {
            c: [{ i: { a: 36 }, s: 28 }, 8],
            f: { i: { e: 12 } },
            m: 32,
            n: { ".": 0, a: 0, g: 4, i: 32, o: 85 },
            o: 36,
            s: 86,
            t: [{ u: 28, y: 28 }, 32],
            v: { e: 4, i: { t: 0 } }
          },
          o: { l: { o: 4 }, m: 43, n: 32, r: { i: { s: 36, z: 36 } } },
          r: [{ e: 38, o: { t: 18 } }, 43],
          u: [{ m: 38 }, 43],
          y: 43
        },
        30
      ],
      u: {
        b: { a: { t: 5 } },
        f: 28,
        i: { t: { y: 4 } },
        l: { a: { b: 7 }, i: 38, l: { e: { r: 18 }, i: { n: 18 } }, t: 87 },
        m: { i: 0 },
        n: { a: 35, e: 2, i: 35 },
        o: { l: 35 },
        p: { a: 4, i: 1, l: 32 },
        r: [{ e: { r: 2 }, i: { a: { l: 7 } }, o: 88 }, 29],
        s: [{ a: 7 }, 29],
        t: { i: { v: 32 }, r: 32 },
        u: 35,
        v: 4
      },
      y: {
        ".": 30,
        b: { i: 0 },
        c: 29,
        l: 5,
        m: 0,
        n: { o: 4 },
        s: [{ t: { o: 7 } }, 2],
        t: 0
      },
      z: 8
    },
    d: {
      a: {
        ".": 33,
        b: { r: 28 },
        c: [{ h: [{ e: 36 }, 19], t: 34 }, 87],
        g: [{ i: 89 }, 43],
        l: { e: 28, g: 28, l: { e: { r: 7 } } },
        m: { a: 7, e: 34, i: 32, u: 4 },
        n: { g: 34, t: 90 },
        p: 32,
        r: { d: 32, m: 35 },
        s: [{ t: { a: 18 } }, 91],
        t: [{ i: { v: 12 }, u: 2 }, 43],
        u: { g: { h: 50 }, n: { t: { e: 18 } } },
        v: 34
      },
      b: 32,
      c: 92,
      d: [
        {
          e: { r: { e: 28 } },
          i: 32,
          l: { e: { r: 32 }, i: 32 },
          y: { i: 32 }
        },
        77
      ],
      e: {
        ".": 30,
        a: { c: { t: 3 }, w: 4 },
        b: { i: [{ t: 7 }, 0] },
        c: [{ a: { n: { t: 4 } }, i: { l: 0 }, r: 6, t: 33 }, 34],
        d: { i: 5 },
        f: { o: { r: { e: 16 } }, y: { ".": 0 } },
        g: [{ u: 0 }, 1],
        i: { o: 1, s: 93 },
        l: { a: { t: 1 }, i: { e: 19 }, l: { e: { r: 7 }, i: 7 }, o: 4 },
        m: [
          { i: { e: 33, s: 88 }, o: { n: [{ s: 0 }, 19], r: 1, s: 0 }, y: 33 },
          94
        ],
        n: {
          a: 63,
          d: 2,
          e: 33,
          h: 32,
          i: { e: 19 },
          s: { a: 18, e: { r: 18 } },
          t: { i: { t: 7 } }
        },
        o: { d: 1, l: 5, n: [{ t: 16 }, 42] },
        p: [{ e: { n: 12 }, o: { s: { i: 49 } }, u: 8 }, 6],
        q: 32,
        r: {
          a: { c: 12, i: 1 },
          e: [{ d: 33, g: 4, r: 34 }, 28],
          i: 29,
          k: 5,
          m: [{ i: [{ n: 7 }, 2] }, 34],
          n: { e: 35 },
          o: [{ s: 7 }, 95],
          s: 5,
          u: 35
        },
        s: {
          ".": 33,
          a: 1,
          c: [{ a: [{ l: 4 }, 2] }, 35],
          e: { c: 1 },
          i: [{ d: 1, g: { n: { a: 7 } } }, 2],
          p: [{ o: { n: 7 } }, 20],
          q: 1,
          t: { ".": 32, i: 5 }
        },
        t: [{ e: { s: 1 }, h: 4, i: 8 }, 96],
        v: { i: { l: 5, s: 1, t: 1 }, o: { i: 0, l: { u: 16 } } },
        x: 34
      },
      f: [{ o: { l: 19 } }, 97],
      g: [{ a: 0, e: { l: 19, n: 28 }, r: 32 }, 38],
      h: [{ o: { t: 19 }, u: 28 }, 64],
      i: {
        ".": 33,
        a: [{ d: 8, r: 34, t: { o: { m: 18 } } }, 29],
        b: 64,
        c: {
          ".": 43,
          a: { m: 7 },
          e: 0,
          h: 1,
          l: 36,
          o: { l: 7 },
          t: [{ a: { t: 7 }, e: 2 }, 29],
          u: { l: 35, r: 36 }
        },
        d: 29,
        e: { r: { s: 0 }, v: 81 },
        f: { o: 28 },
        g: { a: { l: 5, m: 1 } },
        l: [{ l: 35, o: 19, u: 1 }, 2],
        m: { e: { r: 4, t: 12 }, i: 6 },
        n: [{ e: 2, g: { i: 7 }, o: { s: 4 } }, 45],
        o: [{ c: 2, l: { a: 0 } }, 98],
        p: { t: 7 },
        r: { e: 34, i: 1, o: 99 },
        s: [{ c: 28, e: { n: 50 }, i: { a: 34 }, s: 34 }, 61],
        t: {
          a: { s: 28 },
          e: { r: 28 },
          h: { e: 12 },
          o: [{ r: 50 }, 32],
          y: 30
        },
        u: 29,
        v: [{ a: { l: 0 }, i: { n: { e: 4 } } }, 100],
        x: { i: 2 }
      },
      j: 43,
      l: [
        {
          a: 43,
          e: { f: 35, s: { t: 35 }, w: 34 },
          i: { n: 19 },
          o: 43,
          u: 36
        },
        101
      ],
      m: 45,
      n: 71,
      o: [
        {
          ".": 33,
          b: 28,
          c: { u: 102 },
          g: { a: 2 },
          j: 0,
          l: {
            ".": 28,
            e: { n: 5 },
            i: { n: { e: 4 }, t: 7 },
            o: { n: 0 },
            s: 28
          },
          m: { ".": 35, a: { n: 12 }, i: { n: [{ o: 7 }, 16], t: 7 }, o: 4 },
          n: { a: { t: 2 }, y: 33 },
          o: 34,
          r: [{ ".": 33, m: 2, t: 19 }, 38],
          s: [{ i: { m: 4 }, s: { i: 12 } }, 28],
          t: { a: 20, t: { i: { n: 2 } } },
          u: { s: 30 },
          w: { n: 28 },
          x: 34
        },
        29
      ],
      p: 43,
      r: [
        {
          a: { i: { l: 36 }, l: 32, m: 34, n: 19, s: [{ t: 12 }, 28] },
          e: { l: 34, s: [{ s: { o: 16 } }, 19] },
          i: { e: 2, f: 28, g: 82 },
          o: { m: 28, p: { h: { o: 49 } } },
          u: { n: { k: 50 } }
        },
        8
      ],
      s: [{ l: 36, m: [{ i: 0 }, 1], w: 28 }, 71],
      t: [{ h: { o: 4 } }, 0],
      u: [
        {
          ".": 30,
          a: { t: 6 },
          c: [{ h: 18, i: { a: { n: 18 } }, o: 0 }, 34],
          e: { l: { i: 4, l: 4 }, n: 4, t: { t: 4 } },
          i: { n: 4 },
          l: { c: 5, e: 32, l: 2 },
          m: { b: { e: 2 } },
          n: { a: 2, c: 103 },
          p: [{ l: 1 }, 8],
          r: { o: 35 },
          s: { e: 36, t: { e: { r: 18 } } },
          u: 1
        },
        29
      ],
      v: [{ e: { r: [{ t: 50 }, 42] }, o: { c: { a: { t: 18 } } } }, 43],
      w: [{ e: { l: { l: 50 } } }, 45],
      y: [
        {
          a: { d: { ".": 0 }, r: 4 },
          e: 104,
          k: 35,
          l: [{ l: 3 }, 9],
          m: { i: 35 },
          n: 34,
          s: { p: 5 }
        },
        47
      ],
      z: { o: 32 }
    },
    e: {
      a: [
        {
          b: 33,
          c: { t: [{ e: 2 }, 43], u: 4 },
          d: { d: 36, e: { r: 5 }, i: 20, l: { i: 5 } },
          g: 0,
          k: 20,
          l: { a: 5, e: { r: 5 }, o: { g: 1 } },
          m: { b: { l: 2 }, e: { r: 5 } },
          n: { i: 7 },
          p: [{ e: { r: 7 }, p: 32 }, 9],
          r: {
            a: 5,
            e: { r: 5 },
            l: { i: 2 },
            r: 105,
            t: { e: 2, h: { i: 16 } }
          },
          s: {
            e: { r: 7 },
            o: { n: { i: 0 } },
            s: [{ e: { m: 49 } }, 106],
            t: [{ i: 18 }, 2]
          },
          t: {
            e: { n: { i: 7 }, r: 5 },
            i: { e: 7, f: 32, t: [{ u: 2 }, 12] },
            r: { i: 32 },
            u: 28
          },
          u: 5,
          v: { i: [{ e: 19 }, 7], o: { u: 7 } },
          z: { i: 7 }
        },
        8
      ],
      b: [
        {
          a: { r: 19 },
          b: 8,
          e: [{ l: { ".": 28, s: 28 }, n: 38, t: 4 }, 2],
          i: [{ l: 36, n: 28, s: 28 }, 8],
          l: 28,
          o: { s: 28, t: { o: 3 } },
          r: [{ a: 6 }, 38],
          t: 8,
          u: { c: 28, s: { i: 18 } }
        },
        43
      ],
      c: {
        a: [
          {
            d: { e: [{ n: 18 }, 1] },
            l: { e: 18 },
            m: 36,
            p: { o: 28 },
            t: [{ h: 4 }, 1]
          },
          8
        ],
        e: [{ n: { t: { o: 16 } } }, 43],
        h: { i: 5 },
        i: { b: 28, f: 2, p: { i: 18 } },
        l: [{ i: { p: 1 } }, 43],
        o: { n: { s: { c: 19, t: { i: { t: 107 } } } }, r: { a: 1, o: 4 } },
        r: { a: { t: 1 }, e: { a: { n: 4 }, m: 28 }, o: 6 },
        t: {
          a: { t: { i: 7 } },
          e: { r: 0 },
          i: { c: 19, t: 0 },
          u: { s: 11 }
        },
        u: { l: [{ i: 36 }, 6] }
      },
      d: [
        {
          a: { n: { s: 36 }, t: 38 },
          e: [
            {
              d: 28,
              h: 36,
              l: { e: 28 },
              s: { t: 3 },
              t: { e: [{ r: 15 }, 5] },
              v: 32,
              w: 36
            },
            9
          ],
          g: 0,
          i: {
            a: { l: { s: 2 } },
            c: { a: { l: 4 }, s: 4 },
            g: { e: { s: 49 }, r: 4 },
            m: { e: 1 },
            t: 6,
            v: [{ i: { d: 18 } }, 9]
          },
          l: { i: 1 },
          o: { r: 19, x: 28 },
          r: { o: 6 },
          u: { c: { e: { r: 7 } }, l: [{ o: 1 }, 38], r: 108 }
        },
        30
      ],
      e: {
        c: { e: 0 },
        d: { e: { r: 5 }, o: 0 },
        f: 8,
        g: 4,
        i: 6,
        l: { i: 109 },
        m: [{ e: { r: 7 }, i: 5 }, 8],
        p: [{ a: 0 }, 20],
        r: { i: { n: { e: 2 } } },
        s: { i: 19 },
        t: { o: 1 }
      },
      f: [
        {
          a: { c: { t: { o: 16 } }, l: 19 },
          e: { r: { e: { e: 4 } } },
          i: { n: { i: { t: { e: 4 } } }, t: { e: 28 } },
          l: 0,
          o: { r: { e: { s: { t: 18 } } } },
          u: [{ g: 28, t: { a: 18 } }, 30]
        },
        43
      ],
      g: {
        e: { l: 3 },
        i: { a: 7, b: 28 },
        l: { a: 32, e: 1 },
        m: { i: 0 },
        n: { a: { b: 4 } },
        o: { n: 48 },
        r: 38,
        u: { r: 36 }
      },
      h: [{ o: 36, s: 4, y: [{ d: { r: 18 } }, 9] }, 41],
      i: {
        d: [{ o: 35 }, 2],
        f: 33,
        g: [{ n: { i: { t: 36 } } }, 9],
        n: { ".": 28, c: 32, e: 38, g: 43, i: 7, s: { ".": 28 } },
        p: 22,
        r: { o: 5 },
        s: [{ i: 5 }, 33],
        t: { e: { r: 7 }, h: 19 },
        v: [{ e: { r: 5 } }, 38],
        z: 38
      },
      j: [{ u: { d: { i: { c: 49 } } } }, 43],
      k: { e: { n: 1 }, i: { s: 4 }, l: 0 },
      l: {
        a: {
          c: 28,
          d: 36,
          g: { e: 4 },
          m: 19,
          n: { c: 4 },
          s: { t: 50 },
          t: { e: { s: 28 }, i: { v: { e: 4 } } }
        },
        c: { h: { e: { r: 18 } } },
        d: { e: { r: 5 } },
        e: [
          {
            a: { g: 18 },
            d: 110,
            n: { i: 4, o: 1 },
            o: 5,
            p: { h: 7 },
            r: 6,
            s: [{ s: 36, t: { e: 28 } }, 43],
            t: { o: 10 },
            v: { a: 3, i: 5 },
            x: 4
          },
          30
        ],
        i: {
          c: { a: 111 },
          e: [{ r: { s: 2 } }, 43],
          m: 32,
          n: { g: 1 },
          o: { n: 5 },
          s: 112,
          t: { t: 19 },
          v: 32
        },
        l: { a: { b: 0 }, i: { z: 7 } },
        o: {
          a: 32,
          c: [{ a: 7, u: 3 }, 32],
          d: { i: 2 },
          g: 38,
          m: { a: { t: { e: 18 } } },
          p: { ".": 4, s: 4 }
        },
        p: { i: { n: 7 } },
        s: { o: 1 },
        t: { i: { e: 4 } },
        u: [{ m: 2, s: 19 }, 43],
        v: 2,
        y: { i: 36, t: 34 }
      },
      m: {
        a: {
          g: { o: 1 },
          n: { a: 1 },
          r: [{ c: { a: 16 } }, 19],
          t: { i: { z: 4 }, o: { l: 18 } }
        },
        b: { i: 4 },
        e: [{ e: 28, l: 28, m: 32, r: { a: 113, o: 4 }, t: { e: 19 } }, 90],
        i: {
          c: { i: { s: 0 } },
          e: 28,
          g: [{ r: { a: 18 } }, 38],
          n: { a: 1, g: 4 },
          o: 32,
          s: { m: 1 },
          t: { a: 28 },
          u: 28
        },
        m: { a: { e: 0 } },
        n: { i: { t: 33 } },
        o: {
          b: { i: 5 },
          d: { u: 19 },
          g: 38,
          i: 28,
          l: { o: 1 },
          m: 4,
          n: [{ i: 32, o: { l: 18 } }, 33],
          r: [{ i: { s: 4 }, r: 1 }, 38],
          t: { i: { c: 28 } },
          z: 36
        },
        p: {
          a: { r: [{ a: 15 }, 18] },
          e: { s: 4 },
          l: { i: { ".": 33 } },
          r: { e: 0 }
        },
        u: { m: 1, t: 36 }
      },
      n: {
        a: {
          c: 1,
          l: 28,
          m: { o: 10 },
          n: { n: 0 },
          r: 58,
          s: { ".": 1 },
          t: { u: { r: { e: 7 } } }
        },
        c: { e: { p: 34 }, i: { l: { e: 0 } }, t: 19 },
        d: [{ a: { l: 11 }, e: { d: { l: 0 } }, r: { i: { t: 7 } } }, 30],
        e: [
          {
            d: 7,
            e: 1,
            l: { l: { e: 36 } },
            p: 36,
            r: [{ e: { o: 36 }, v: 18 }, 38],
            s: { i: 4, s: 32 },
            t: [{ t: 0 }, 6],
            u: 58,
            w: 32
          },
          33
        ],
        g: { i: 1 },
        i: { c: 1, e: { r: 4 }, g: { r: 10 }, n: 4, t: { u: 18 } },
        k: 1,
        o: [{ i: 1, m: 9, t: { y: 1 }, v: 3 }, 6],
        s: [{ a: { l: 7 }, p: 1, u: { m: 0, s: 0 } }, 8],
        t: {
          a: { r: 5 },
          e: { r: { s: 0 } },
          i: { a: 4, f: { y: 0 } },
          o: 8,
          r: { i: [{ n: 7 }, 0] },
          u: { p: 7, s: 0 }
        },
        u: [{ a: 1, f: 1, r: 1, t: 4 }, 33],
        w: { a: 35 }
      },
      o: {
        b: 1,
        c: { h: 28 },
        d: { a: 28 },
        f: 9,
        l: [{ a: { r: { ".": 7 }, t: 7 }, o: { g: { i: 49 } }, u: 36 }, 8],
        m: 1,
        n: { a: 2, t: 32 },
        p: { t: 2 },
        r: [{ d: { e: 2 }, e: 5, o: 7 }, 106],
        s: 63,
        t: { o: 0 }
      },
      p: {
        a: [{ l: 0, r: { c: 4 }, t: 2 }, 43],
        e: {
          n: { d: { e: { n: 16 } } },
          r: { t: 4 },
          t: { e: 28, i: { t: { i: { o: 7 } } } },
          x: 4
        },
        h: [{ i: 2 }, 20],
        i: { g: 38 },
        l: { a: 36, i: { c: 1 } },
        o: { l: { a: 3, i: [{ t: 15 }, 3] } },
        r: { e: { h: 1, s: { e: 16 } }, i: { m: 4 }, o: { b: 114 } },
        t: { o: { r: 5 } },
        u: [{ r: 115, t: { a: 28 } }, 77]
      },
      q: { u: { i: { n: [{ o: 18 }, 12] } } },
      r: [
        {
          a: {
            c: { i: { e: 2 } },
            d: { o: 2 },
            g: 2,
            l: 2,
            p: { h: 1, i: 1, y: 1 },
            t: { i: { ".": 33, m: 33 }, u: 4 }
          },
          b: { a: { t: 1 }, e: 1, o: { s: 7 } },
          c: [{ h: 1, l: 1 }, 30],
          d: [{ a: { r: 7 }, i: { e: 19 } }, 30],
          e: [
            {
              a: { l: 1 },
              d: 33,
              g: { r: 1 },
              l: { ".": 4, l: 4, s: 4 },
              m: { e: 28 },
              n: [{ d: 35, e: 19 }, 1],
              o: { l: 7 },
              q: 32,
              r: 1,
              s: [{ e: 4, i: 1, t: { e: 4, i: 4, r: 18 } }, 2],
              t: [{ ".": 1, s: 1, t: 1 }, 19],
              v: 2,
              x: 1
            },
            30
          ],
          g: { i: { v: 3 }, l: 1 },
          i: {
            a: { ".": 1, n: 0 },
            c: { i: { d: 2 }, k: 60 },
            d: 8,
            e: 1,
            f: { f: 1 },
            m: { e: { t: 0 } },
            n: [{ a: 2 }, 1],
            o: { n: 2, u: 1 },
            s: { c: 0, t: { a: 7 } },
            t: 116,
            v: 32,
            z: 4
          },
          j: 33,
          k: 2,
          m: { e: 1, o: { i: 0 } },
          n: {
            a: { c: { l: 35 }, l: { i: { s: 4 } } },
            e: { r: 5 },
            i: { s: 5, t: 5 }
          },
          o: { ".": 33, i: { d: 1, s: 7 }, s: { t: 7 } },
          p: { e: { n: { t: { i: { n: 15 } } } } },
          r: { e: { l: { a: 18 }, p: 0 } },
          s: { i: { n: { e: 4 } } },
          t: {
            e: { d: 4, r: [{ ".": 7, s: 7 }, 0] },
            h: { i: 0 },
            i: { z: 7 }
          },
          u: [{ b: 2, d: 7, n: { d: 16 } }, 30],
          v: { i: { l: 0 } },
          w: { a: { u: 35 } },
          y: { t: { h: 50 } },
          z: 30
        },
        6
      ],
      s: {
        ".": 33,
        a: { m: 4, n: 4 },
        c: [{ a: { n: 4 }, h: { e: 4 }, i: { e: 18 }, u: { t: 16 } }, 38],
        e: { a: 32, c: { t: 32 }, e: 36, g: 85, l: 2, n: { c: 4 } },
        h: { a: 117, i: 43, u: 36 },
        i: {
          a: { n: 2 },
          c: { ".": 4, k: 36 },
          d: { e: { n: 4 }, i: { u: 7 } },
          e: { s: 4 },
          m: 1,
          n: 1,
          o: { n: 36 },
          t: [{ ".": 0, s: 0 }, 28]
        },
        k: { i: { n: 32 } },
        m: { i: 92 },
        o: { d: 0, l: { a: 1, u: 10 }, n: { a: 1 }, p: 5, r: 43 },
        p: {
          e: { r: 118 },
          i: { r: { a: 4 }, t: 4 },
          l: [{ e: { n: 15 } }, 0],
          o: { t: 4 },
          r: 119
        },
        s: { a: { n: 102, r: 16 }, e: { e: 7 }, i: { l: 0 }, o: 8 },
        t: {
          a: { b: 19, n: 5, r: 36, u: 4 },
          i: [{ f: { i: 7 }, g: { a: { t: { i: 7 } } } }, 38],
          o: { c: 32, o: 4 },
          r: 2,
          u: { d: 12 }
        },
        u: [{ l: 58, r: 120 }, 43]
      },
      t: {
        a: [
          {
            l: { ".": 1, l: { i: { s: 4 } }, o: 52 },
            m: { e: 7 },
            p: 5,
            r: { i: 1, y: 4 },
            s: 0,
            t: { e: 1, i: 1 },
            y: 4
          },
          8
        ],
        e: {
          e: { r: 1 },
          l: { l: { i: 16 } },
          n: { d: { e: { r: 16 } }, i: 4 },
          r: [{ a: 10, i: { a: 4 } }, 42],
          x: 19
        },
        h: [{ y: { l: 50 } }, 121],
        i: {
          a: 30,
          c: { u: 32 },
          g: { i: 2 },
          m: 36,
          n: [{ a: 2 }, 1],
          r: 32,
          t: { i: { v: 4 } },
          u: 2
        },
        o: {
          l: { o: 4 },
          m: { e: { t: { e: 36 } } },
          n: [{ a: 1 }, 38],
          r: { i: 3 }
        },
        r: {
          a: { g: 18, l: 110, m: 18, n: 0 },
          e: { s: { s: 4 } },
          i: [{ a: 0, b: { a: 16 }, m: 28 }, 6],
          o: 6
        },
        t: [{ e: { r: 1 } }, 8],
        u: { d: [{ e: 1 }, 19], m: 28 },
        w: { e: 0 },
        z: 4
      },
      u: {
        d: { i: { o: 16 } },
        e: 2,
        k: 7,
        m: 33,
        r: { g: 32, i: 7 },
        s: 2,
        t: { e: { n: 4, r: 1 }, i: 5 }
      },
      v: {
        a: { b: { i: 0 }, l: { e: 18 }, p: 122, s: { t: 1 }, t: 1 },
        e: {
          l: { i: 4 },
          n: 2,
          r: { a: { t: 4 }, e: { n: 4, r: 19 }, i: 28 },
          s: 28
        },
        i: {
          a: [{ b: 28 }, 43],
          c: [{ t: { u: 49 } }, 38],
          d: 3,
          g: 4,
          l: { e: 0 },
          s: { h: 4, i: { n: 18 }, o: 18 },
          u: 28
        },
        o: { c: 3, l: { e: 18, u: { t: { e: 18 } } } },
        u: 2
      },
      w: {
        a: [{ g: 28, y: 36 }, 43],
        e: { r: 6 },
        h: 32,
        i: { e: 4, n: 6, s: { h: 4 }, t: 32 },
        r: 43
      },
      x: { i: { c: 4 }, o: { n: { ".": 0 } }, p: 29 },
      y: { ".": 33, a: { s: 0 }, l: 2, s: 24 },
      z: { e: { r: { ".": 4, s: 4 } }, i: { e: 4 } }
    },
    f: {
      a: [
        {
          ".": 30,
          b: { i: 2 },
          c: { e: { t: 1 }, t: 42, u: 123 },
          g: 124,
          l: {
            l: { i: { n: 18 } },
            o: [{ n: 4 }, 35],
            s: { i: { f: { i: { e: 18 } } } }
          },
          n: { a: 125, t: { a: { s: { i: { z: 7 } } }, i: 3 } },
          r: [{ i: 5 }, 35],
          w: 35
        },
        87
      ],
      b: 99,
      d: 97,
      e: {
        ".": 30,
        a: { s: 34, t: { u: 5 } },
        b: { r: 7 },
        c: 34,
        d: 126,
        i: 35,
        l: { i: 6 },
        m: { i: [{ n: 16 }, 5] },
        n: { d: { e: { r: 18 } }, i: 36 },
        r: { e: { d: 33, e: 5 }, o: [{ c: 4, m: 7 }, 34], r: 34, v: 5 },
        s: { ".": 30, s: { o: 3 }, t: { a: 3, i: 18 } },
        t: [{ a: { l: 2 }, i: { n: 2 }, o: 2 }, 0],
        u: 34,
        v: { e: { r: { i: 4 } } }
      },
      f: [
        {
          e: [{ c: { t: { e: 19 } }, t: 36 }, 43],
          i: [{ a: 36, c: 32, e: 36, l: 3, s: 58 }, 43],
          l: { e: 0, i: { n: 1 } },
          o: { c: 3, n: { i: 12 }, r: { e: 3 } },
          r: [{ a: { n: { c: { h: 127 } } } }, 32]
        },
        30
      ],
      h: 99,
      i: {
        a: { n: { c: { e: 4 } } },
        b: { u: 7 },
        c: { ".": 33, a: { l: 33 }, i: 34, s: 33 },
        d: { e: { l: 4, n: 5 } },
        e: { l: 19, r: { c: 19 } },
        g: { h: { t: 16 } },
        l: 68,
        n: [
          { a: [{ l: 1 }, 9], d: 3, e: 9, g: 43, i: { n: 35 }, n: { i: 2 } },
          30
        ],
        r: { m: 128 },
        t: { a: 32, e: { e: 36 } }
      },
      l: [
        {
          a: 34,
          e: { s: 9 },
          i: { c: { a: 32 }, n: 19 },
          o: [{ r: { i: { c: 7 } } }, 34],
          u: [{ m: { i: 19 } }, 34]
        },
        8
      ],
      o: [
        {
          ".": 33,
          c: 34,
          e: [{ t: { i: 12 } }, 8],
          l: { i: [{ e: 0 }, 129] },
          m: { e: { n: { t: 49 } } },
          n: [{ d: { e: 2 } }, 8],
          o: 34,
          r: {
            a: { m: 4, y: 7 },
            b: 7,
            d: { i: 2 },
            e: { t: 3 },
            m: [{ a: 82 }, 35],
            t: { u: { n: { a: 16 } } }
          },
          v: 1
        },
        29
      ],
      r: [
        {
          a: { g: { a: 18 }, n: { t: 12 }, r: 19, t: { c: { h: 49 } } },
          e: { s: 2 },
          o: { s: { t: { i: 16 } } },
          u: { c: 19 }
        },
        68
      ],
      s: [{ p: 0 }, 124],
      t: [
        { e: { d: 43, r: { ".": 28 }, s: 4 }, i: { e: { t: 2 }, n: { e: 0 } } },
        30
      ],
      u: [
        {
          ".": 33,
          c: 0,
          e: { l: { l: { i: 18 } } },
          g: { a: 2 },
          m: { i: { n: 0 } },
          n: { g: 9 },
          r: { e: { d: 33 }, n: 5 },
          s: { i: { l: 1 }, o: 7 },
          t: { i: { l: 4 } }
        },
        34
      ]
    },
    g: {
      a: {
        ".": 33,
        c: { i: { e: 0 } },
        d: { i: 19, o: { s: 0 } },
        g: 34,
        i: 34,
        l: { e: [{ n: 4 }, 34], i: { a: 19 }, l: { e: { r: 7 } }, o: 34 },
        m: { b: { l: 2 } },
        n: {
          a: { t: 7 },
          e: { d: 33 },
          g: { e: { r: 18 } },
          t: { ".": 36, r: 2, s: 36 }
        },
        r: {
          c: 36,
          e: [{ e: 5 }, 28],
          i: { z: { a: 12 } },
          o: { t: 4 },
          p: 7,
          r: 35
        },
        s: [{ i: 7, o: [{ l: 16 }, 5], s: { i: { n: 18 } }, t: { r: 3 } }, 130],
        t: [{ ".": 28, i: { v: 7 }, o: { ".": 28, s: 28 }, t: 28, u: 7 }, 43],
        u: { d: 18 },
        z: { a: 4 }
      },
      b: 43,
      d: 48,
      e: {
        ".": 30,
        a: { l: 35, n: 34 },
        d: [{ i: 34, n: 35 }, 101],
        f: 33,
        l: [{ e: 33, i: [{ n: 2 }, 0], l: { i: 7 }, u: 0, y: 30 }, 29],
        m: { i: 5, o: 35 },
        n: [{ d: { u: 2 }, i: { t: 7 }, o: 5, t: { i: 7 } }, 34],
        o: [{ l: { o: 5 } }, 0],
        r: { e: 33, m: 95 },
        s: { ".": 30, s: 35, t: { a: { t: 18 } } },
        t: [{ a: 5 }, 34]
      },
      f: 45,
      g: [
        {
          a: 0,
          e: [{ d: { l: 36 }, r: [{ e: { r: 36 } }, 32] }, 38],
          i: { a: 14 },
          l: { i: 32, u: 3, y: 36 },
          r: { a: { v: 50 }, o: 28 }
        },
        45
      ],
      h: [{ a: { i: 36 }, e: { n: { i: 4 } }, o: [{ s: 28 }, 32], t: 8 }, 30],
      i: [
        {
          ".": 33,
          a: { l: { l: 0 }, t: 0 },
          b: 34,
          c: { o: 4 },
          g: [{ a: { n: 4 } }, 0],
          n: { g: { i: 7 } },
          o: [{ r: 0, t: 0 }, 34],
          p: [{ a: 4 }, 35],
          s: [{ ".": 35 }, 89],
          t: [{ u: 35 }, 109],
          v: { e: { n: { ".": 7 } } }
        },
        87
      ],
      l: [
        {
          a: { r: 32, s: { s: { ".": 35 } } },
          e: { c: 19, r: 34, t: { o: 28, r: 28 }, y: 28 },
          i: { o: { n: 7 }, s: 131 },
          o: [{ d: 99, m: 3, p: 33 }, 34],
          u: [{ t: { e: 7, i: 7 } }, 34],
          y: { p: 34 }
        },
        44
      ],
      m: 132,
      n: [
        {
          a: [{ b: 28, t: { e: 36, h: 35, i: 36, u: { r: 7 } } }, 43],
          e: { d: { l: 4 }, e: 4, r: 1 },
          i: [{ a: 28, n: [{ ".": 0 }, 58], o: 133 }, 43],
          o: [{ r: { i: 35 }, s: 2 }, 38]
        },
        44
      ],
      o: {
        ".": 30,
        a: 35,
        c: 34,
        d: 35,
        e: [{ t: 0 }, 34],
        g: { e: 0, r: { a: { m: 33 } } },
        i: { d: 36, s: 1 },
        m: { e: 8 },
        n: { n: 35, o: { m: 4 } },
        o: 34,
        p: { h: 19 },
        r: { ".": 33, g: 35, s: 33, y: 28 },
        s: [{ t: 2 }, 34],
        u: [{ r: { i: 19 }, s: 43 }, 30],
        v: 20
      },
      p: 32,
      r: [
        {
          a: { b: 19, m: [{ e: 33 }, 34], p: 9 },
          e: 28,
          i: { l: 19, m: { a: 3 } },
          o: [{ g: 2, n: 36, p: 19 }, 28],
          u: [{ e: { n: 5 }, i: 7, m: { b: 19 } }, 34]
        },
        68
      ],
      s: [{ c: 0, t: [{ i: 28 }, 0] }, 45],
      t: { h: { e: { n: { i: 7 } } }, o: 36 },
      u: {
        a: [{ b: 4, n: 35, r: { d: 34 }, t: 36 }, 134],
        e: [{ u: 35 }, 30],
        i: { t: [{ a: 7 }, 135] },
        m: { a: 8, i: 0 },
        n: 34,
        r: { a: { s: 28 }, e: { d: 28 }, n: 2, u: 2, y: 33 },
        s: { t: { a: 18 } }
      },
      w: 45,
      y: [{ b: 8, m: 35, n: [{ o: 7 }, 34] }, 30],
      z: 119
    },
    h: {
      a: [
        {
          ".": 33,
          c: 28,
          d: { i: { e: 19, n: { e: 2 } } },
          e: { o: 5 },
          g: { e: { d: 16 }, i: { o: 3 }, u: 7 },
          i: { c: 4, s: 19 },
          k: { i: { n: { e: 2 } } },
          l: { a: { n: { t: 7 } } },
          m: [{ a: { n: 7 } }, 0],
          n: {
            c: { r: { o: 2 } },
            g: 9,
            i: [{ z: 36 }, 136],
            t: [{ a: 3 }, 2]
          },
          p: { e: 0, l: 5 },
          r: {
            a: 20,
            b: 7,
            d: [{ i: { e: 7 } }, 2],
            g: { e: 12 },
            i: { s: { m: 4 } },
            o: 5,
            t: { e: { d: 2 }, i: 2 }
          },
          s: { t: { e: 2 } },
          t: { o: 7 },
          u: { g: { h: { t: 15 } } },
          v: { e: { l: 12, r: { s: { i: 7 } } }, o: 7 }
        },
        8
      ],
      b: 43,
      c: 43,
      d: [{ e: { a: { c: 16 } }, u: 2 }, 43],
      e: [
        {
          ".": 33,
          a: [
            {
              d: 29,
              r: [{ c: { h: 49 } }, 34],
              s: { t: 16 },
              v: { e: { n: 18 } }
            },
            38
          ],
          c: { t: 27 },
          d: { e: { l: 4 }, o: 1 },
          e: { k: 19 },
          i: [{ s: 1 }, 28],
          l: { a: { t: 4 }, i: { n: 36, o: 1, u: 4 }, l: { i: 2 }, o: 137 },
          m: { a: 20, e: { n: 1 }, i: { s: 12 }, o: { p: 4 }, p: 2 },
          n: { d: { e: 16 } },
          o: { r: 1 },
          p: 20,
          r: {
            ".": 43,
            a: { s: 2 },
            b: [{ a: 3, i: 3 }, 9],
            e: { a: 3, o: 3, t: { t: 36 } },
            h: 36,
            i: { a: { l: 7 }, n: { e: 36 } },
            l: 43,
            o: { m: 7, n: 28 },
            s: 43,
            w: { a: 36 }
          },
          s: { t: { r: 5 } },
          t: [{ a: 138, i: 5, t: { e: { d: 2 } } }, 20],
          u: [{ m: [{ a: { t: 15 } }, 3] }, 9],
          v: [{ i: 7 }, 22],
          x: { o: 7 }
        },
        8
      ],
      f: 43,
      h: 36,
      i: {
        ".": 30,
        a: { r: 0 },
        c: [{ a: { n: 13 }, i: { n: 0 }, l: 28 }, 43],
        e: { ".": 36, r: [{ s: 89 }, 43], s: 43 },
        f: { i: 139, y: 32 },
        g: { o: 2 },
        k: { a: 4 },
        l: 0,
        m: { a: 54, e: { r: 4 }, o: { s: 12 } },
        n: [{ d: 2, e: 80, i: { e: 4, z: 36 }, o: { p: 4 }, s: 38 }, 43],
        o: { l: { o: 7 }, r: 28 },
        p: [{ l: 5 }, 8],
        r: [{ r: [{ i: 18 }, 2] }, 28],
        t: { a: 2 },
        v: { a: 7 }
      },
      l: [{ a: 32, e: [{ t: 32 }, 43], i: [{ a: 2 }, 41] }, 33],
      m: [{ a: { n: { i: { c: 28 } } }, i: { c: { a: 36 } } }, 45],
      n: [{ o: { c: { e: { n: 15 } } } }, 62],
      o: {
        ".": 33,
        a: { n: 1 },
        c: { o: 0 },
        d: { o: { n: 1 }, u: 4 },
        e: { p: 4 },
        l: { a: { r: 5 }, d: 140, i: { s: { ".": 2 } }, y: { s: 4 } },
        m: { a: { g: 0 }, i: { n: 7 } },
        n: [{ e: { m: 7, u: 4, y: 5 }, g: { i: 3 }, i: { o: 4 }, o: 20 }, 141],
        o: { d: 29, r: 7 },
        p: { e: 28, r: 37, t: { e: 112 } },
        r: { e: { t: 7 }, n: [{ i: 18 }, 28], o: { g: 4 }, t: { h: 18 } },
        s: { i: 19 },
        t: { o: { n: 0 } },
        u: [{ s: { e: 142 } }, 38]
      },
      p: 64,
      r: [
        {
          a: { s: { e: { o: 18 } } },
          e: [{ m: { a: 7 }, r: 4, s: 19 }, 2],
          i: [{ l: { l: { i: { n: 16 } } }, m: 19, t: 36 }, 2],
          o: { d: 32, m: { i: 19 } },
          y: [{ m: 143 }, 2]
        },
        30
      ],
      s: [{ i: 2, k: 28 }, 45],
      t: {
        a: { g: 4 },
        e: { e: 4, n: { ".": 1, e: { r: 4 }, i: 1, s: 1 }, o: 4, s: 4 },
        f: { o: { o: 0 } },
        h: 43,
        i: { n: { e: 0 } }
      },
      u: {
        g: 0,
        m: { a: { t: 0 }, e: { r: 4 }, i: { n: 0 } },
        n: { c: 2, k: 19, t: 2 },
        r: { i: 5 },
        s: { i: { a: 1 } },
        z: 2
      },
      w: [{ a: { r: { t: 28 } } }, 43],
      y: [
        {
          l: [{ e: { n: 7 } }, 8],
          m: 8,
          n: 2,
          o: [{ l: { i: 18 } }, 1],
          p: { e: 6, h: 1 },
          r: 2,
          s: { t: { e: 5 } },
          t: 0
        },
        38
      ]
    },
    i: {
      a: [
        {
          b: { l: 0, o: { l: { i: { s: 7, z: 7 } } } },
          c: { h: 38, o: 5, r: [{ i: 4 }, 80] },
          d: { e: { m: 4 } },
          e: 36,
          f: 2,
          g: [{ n: 1, o: 144, r: 1 }, 73],
          h: 32,
          i: 36,
          l: {
            e: { c: { t: 49 } },
            i: { t: 32 },
            l: { i: 7 },
            n: 33,
            o: 58,
            y: 4
          },
          m: { b: 36, e: 1 },
          n: { c: { h: 16 }, t: 32 },
          p: { e: 36, h: 1 },
          r: { d: 38, i: { t: 33 } },
          t: [{ h: { e: 4 }, o: { m: 36 }, u: [{ r: { a: 12 } }, 2] }, 32],
          u: 32,
          v: 2
        },
        62
      ],
      b: {
        e: { r: { a: 1 } },
        i: [{ o: [{ s: 12 }, 19] }, 6],
        l: { i: 4 },
        o: [{ n: 28, r: 19, s: { e: 28 }, u: 36 }, 33],
        r: { i: 6 },
        u: [{ t: { a: 1 } }, 33]
      },
      c: {
        a: { c: 1, d: { o: 4 }, l: 28, n: 6, r: 30 },
        c: { u: 19 },
        e: [{ o: 36 }, 33],
        h: [{ i: [{ n: { g: 7 } }, 2], o: { l: 7 } }, 33],
        i: { n: 33, o: 36 },
        k: 30,
        l: { o: 0 },
        o: [
          {
            c: 5,
            l: { a: 4 },
            n: { o: 3 },
            p: 36,
            t: { y: { l: { e: 127 } } }
          },
          47
        ],
        r: [{ i: 28, u: 28, y: 28 }, 45],
        t: { e: { d: { l: 0 }, r: 0 }, i: { c: 7 } },
        u: [{ l: { u: 2 }, m: 1, n: 131, t: 36 }, 30],
        y: 45
      },
      d: [
        {
          a: [{ y: 36 }, 6],
          e: { m: 2, n: { c: 1 }, r: { a: 1, m: 16 } },
          i: {
            c: { u: 32 },
            f: 1,
            g: 36,
            l: 36,
            m: 32,
            n: { e: { s: 0 } },
            o: { s: 12 },
            r: 19,
            s: [{ t: 0 }, 145],
            t: 146,
            v: 2
          },
          l: { i: 1 },
          o: { l: [{ a: 3 }, 1], m: { i: 33 }, w: 1 },
          r: [{ i: 4 }, 33],
          u: { l: 1 }
        },
        38
      ],
      e: [
        {
          c: 33,
          g: [{ a: 1 }, 147],
          i: 4,
          l: { l: 36 },
          m: 33,
          n: [{ d: 9 }, 45],
          r: [{ e: { s: 32 }, i: [{ n: 19 }, 38], n: 33, o: 9, t: 28 }, 43],
          s: { c: 32, e: { l: 5 }, t: [{ ".": 32 }, 148] },
          t: [{ ".": 28, i: { e: 5 } }, 45],
          u: [{ t: { i: 36 } }, 33],
          v: { a: 5, e: { r: 5 }, o: 5 }
        },
        8
      ],
      f: [
        {
          e: 38,
          f: { a: 0, l: { e: { r: 7 } } },
          i: { c: { ".": 1, a: { c: 28 }, s: 4 }, d: 2, n: 2 },
          l: 39,
          o: [{ c: 18 }, 32],
          t: { e: { e: 4 } },
          y: 32
        },
        45
      ],
      g: [
        {
          a: { d: 32, n: { d: 1 }, r: 34 },
          e: [{ r: 32 }, 43],
          h: { t: { e: { r: { ".": 18, s: 18 } } } },
          i: 33,
          n: { i: { z: 7 }, o: { m: 18 } },
          o: { n: 32, r: 6, t: 1 },
          r: { e: { t: 36 }, o: 108 },
          u: { i: { t: 7 }, r: 6 }
        },
        30
      ],
      h: [{ y: 2 }, 45],
      i: [{ n: 36 }, 30],
      j: { a: 2, u: 33 },
      k: [{ a: { n: 4 }, e: { b: 2 } }, 44],
      l: {
        a: [{ g: 2, t: { e: { l: 7, r: 36 } }, x: 0 }, 58],
        d: { r: 4, u: 0 },
        e: { n: 32, s: { i: 12 } },
        f: 1,
        i: {
          a: { ".": 1, r: [{ l: 2 }, 1] },
          c: { i: 32 },
          e: { n: 36, r: 2 },
          f: { e: 2, i: { c: 0 } },
          n: [{ e: { ".": 4 } }, 6],
          o: { u: 33 },
          p: { p: 4 },
          q: 4,
          t: { e: 0, u: 18 }
        },
        m: { o: 0 },
        o: { n: 36, u: 1 },
        t: { h: 19, r: 8 },
        u: [{ l: 4, m: 36, r: { e: 4 } }, 33],
        v: 1,
        y: { m: 33 }
      },
      m: {
        a: {
          c: 2,
          g: [{ e: 1 }, 8],
          l: 6,
          m: 4,
          s: 119,
          t: { e: { d: 28 }, i: { n: 28 }, u: 18 }
        },
        i: [{ e: 86, n: { e: 0, o: 4 } }, 6],
        m: { e: { s: 4 } },
        o: [{ g: 36, n: 32, o: 4, s: { ".": 32 } }, 38],
        p: {
          a: { r: { a: [{ d: 127 }, 16] } },
          i: { e: 4 },
          o: { t: 16 },
          r: 4,
          u: 19
        },
        u: { l: 6, m: 4 }
      },
      n: {
        a: {
          b: 1,
          c: { e: 33 },
          d: { o: 0 },
          g: { l: 4 },
          i: { r: 1 },
          l: [{ i: { t: 33 } }, 2],
          m: 4,
          n: 1,
          p: 1,
          r: { s: 0 },
          s: { ".": 32 },
          t: { a: 33, o: { r: 15 } },
          u: 1,
          w: 0
        },
        c: [{ t: { u: { a: 2 } } }, 30],
        d: [
          {
            a: { r: 4 },
            e: { p: 18, s: 16, t: [{ e: { r: { m: 107 } } }, 3] },
            r: { o: 4 }
          },
          30
        ],
        e: {
          a: 33,
          d: 33,
          e: 4,
          g: { a: 4 },
          o: 149,
          s: [{ i: 1 }, 2],
          t: { e: 7 },
          u: 33,
          v: 18
        },
        f: { i: { l: { t: 15 } }, o: { l: 12 }, u: 33 },
        g: {
          a: [{ l: 4 }, 33],
          e: 33,
          h: { a: 7 },
          i: 33,
          l: { e: 33, i: 33 },
          o: 33,
          u: [{ m: 5 }, 33]
        },
        i: [
          { a: { ".": 4 }, c: [{ i: 0 }, 33], o: { n: 1 }, t: { u: { d: 0 } } },
          30
        ],
        k: [{ i: { n: { e: 2 } } }, 33],
        l: 33,
        n: 30,
        o: [
          { ".": 33, i: 1, l: { e: 36 }, s: [{ ".": 32, e: 4, i: 1 }, 33] },
          30
        ],
        q: 33,
        s: [
          {
            c: { h: 150 },
            e: [{ c: { t: 15, u: 16 } }, 42],
            i: 1,
            k: 35,
            o: { l: { v: 15 } }
          },
          9
        ],
        t: {
          e: { e: 0, s: { s: 7 } },
          i: { l: 1 },
          r: { e: { s: 7 } },
          u: { m: 18 }
        },
        u: [{ l: 4, m: 4, n: 1, r: 1 }, 30],
        v: { o: { l: { u: 16 } } }
      },
      o: [
        {
          a: { c: { t: 12 } },
          d: [{ i: 27, o: 7 }, 43],
          e: 2,
          g: { r: 1 },
          l: 64,
          m: { a: [{ n: { i: 28 } }, 1], o: 1 },
          p: { e: 36, h: 1, o: 36, s: 2 },
          r: [{ a: { m: 19 }, e: 33, i: { t: 33, z: 35 }, l: 33, n: 2 }, 43],
          s: { c: 1, e: 32, i: 32, o: 28, t: { a: 4 } },
          t: [{ a: 2, h: 4, i: { c: 7 }, r: 4, y: 28 }, 32],
          u: { r: { ".": 28, s: 28 } },
          x: 36
        },
        44
      ],
      p: [
        {
          a: { l: 1, p: 19, r: { o: 3, t: { i: { t: { e: 16 } } } }, t: 6 },
          e: { n: { d: 32 } },
          h: { e: [{ n: 50, r: { i: 36 } }, 148], i: 19, u: 28 },
          i: { d: 1, l: 36, n: [{ e: 0 }, 1], r: 19, s: 4, t: [{ i: 0 }, 129] },
          l: { i: { n: 1 }, o: 1 },
          o: [{ g: 28, l: { i: 28 }, m: 28, n: 3, w: 28 }, 32],
          p: { l: [{ i: 1 }, 8] },
          r: { e: 0 },
          t: { o: { r: { i: 4 } } },
          u: { l: 6, t: 36 },
          y: 2
        },
        30
      ],
      q: [{ u: { a: 32 } }, 30],
      r: [
        {
          a: [
            {
              b: { i: 0 },
              c: 2,
              e: { ".": 0 },
              g: 0,
              l: { i: { n: 0 }, l: { i: 0 } },
              s: { o: 36, s: { i: 49 } },
              y: 19
            },
            6
          ],
          d: { i: 5 },
          e: { a: 5, c: 1, e: 4, l: [{ i: 7 }, 19], s: [{ s: 4 }, 19] },
          i: [{ d: 151, m: 0, s: { ".": 0 }, z: 35 }, 6],
          l: { i: { n: { g: 7 } } },
          o: { c: { h: 4 }, l: 4, m: 1 },
          q: 0,
          s: 8,
          t: { a: 4, e: { e: 4 } },
          w: { o: { m: { e: 19 } } }
        },
        30
      ],
      s: {
        a: [{ d: 4, g: { e: 1 }, l: 6, m: 1, n: 6, r: 1, v: 4 }, 28],
        b: 33,
        c: [{ h: { i: 4 }, i: { c: 18 } }, 58],
        e: {
          c: [{ r: 7 }, 64],
          l: { l: 1 },
          n: 152,
          r: [{ e: 4 }, 8],
          t: 58,
          u: 33
        },
        h: { a: { r: 1 }, e: { e: 7 }, i: { o: 33 }, o: { p: 5, r: 4 } },
        i: { a: 30, c: 4, e: 1, m: 33, n: { c: 1 }, s: 33 },
        k: { e: 0 },
        l: [{ u: { n: 12 } }, 6],
        m: { a: 30 },
        o: { n: [{ e: { r: 4 } }, 6], p: 7 },
        p: [{ h: 86, r: 35 }, 6],
        s: [{ a: { d: 7, l: 0, n: 4 }, i: { v: 2 }, o: 2 }, 153],
        t: {
          a: [{ l: 0 }, 33],
          e: { n: { c: 7, t: 7 }, r: { e: { r: 4 } } },
          h: 33,
          i: { c: 102 },
          l: 33,
          o: [{ m: 59 }, 154],
          r: [{ y: 34 }, 6],
          y: 33
        },
        u: { l: 36, r: 1 },
        y: 30
      },
      t: {
        a: [{ b: 4, c: 2, i: 33, m: 1, n: { a: 0 }, s: 0, t: 1 }, 6],
        e: { c: { t: 32 }, e: 1, n: { c: 1, t: 1 }, r: { a: 1 } },
        h: [{ a: { l: 18 }, i: 7, o: { l: 36 }, r: 5, y: 18 }, 30],
        i: {
          a: 30,
          c: { o: 2, u: 4 },
          e: 6,
          g: 1,
          m: 33,
          n: { ".": 0, s: 0 },
          o: { ".": 33, n: { e: 33 } },
          q: 36,
          t: 99,
          v: 1
        },
        l: { i: 0, o: 4 },
        o: { ".": 33, l: 4, n: 30, u: 6 },
        r: [{ e: { s: { s: 4 } }, i: { c: 28 } }, 30],
        t: [{ i: { t: 0 } }, 30],
        u: { a: { l: { s: 2 }, r: 4 }, e: 33, l: 6, r: 6, s: 1 }
      },
      u: [{ m: 32, r: { e: 7 } }, 62],
      v: {
        a: [{ n: { c: 4 }, t: 6 }, 30],
        e: {
          d: 28,
          l: { ".": 4, i: { n: { g: 4 } }, s: 4 },
          r: { ".": 28, i: 1, s: { ".": 28, a: { l: 18 } } },
          s: 19,
          t: 1
        },
        i: {
          e: 28,
          f: 1,
          l: { i: { t: 36 } },
          s: { t: { ".": 35, s: 35 } },
          t: 6
        },
        o: [{ c: 3, r: { e: 36 } }, 38]
      },
      w: 45,
      x: [{ o: 1 }, 30],
      y: { e: 36 },
      z: [{ a: { h: 33 }, i: 24, o: [{ i: 4 }, 30], z: 30 }, 29]
    },
    j: {
      a: [
        {
          ".": 30,
          c: [{ o: 37, u: 5 }, 34],
          g: { u: 7 },
          l: [{ o: 4 }, 2],
          p: { a: { n: 4 } }
        },
        29
      ],
      e: { l: { l: { a: 7 } }, o: [{ p: 3 }, 9], s: 33, u: 2, w: 5 },
      i: [{ g: 34, l: [{ l: 18 }, 2], s: { ".": 35 } }, 30],
      o: [{ ".": 33, c: { o: 7, u: 7 }, l: { e: 2 } }, 155],
      r: 33,
      s: 33,
      u: {
        d: { i: 6 },
        i: 2,
        l: 4,
        n: { i: 1 },
        s: { c: { u: 12 } },
        t: { a: 5 },
        v: 6
      }
    },
    k: {
      a: {
        b: { i: 28, u: 84 },
        c: { h: 19 },
        g: 92,
        i: { s: 18 },
        l: [{ i: { m: 4, s: 2 } }, 0],
        n: 28,
        o: 1,
        p: 2,
        r: { i: 2 },
        s: { ".": 29 },
        u: { r: 19 },
        v: 2
      },
      b: 77,
      c: [{ o: { m: 19 } }, 43],
      d: [{ o: [{ l: 18 }, 2] }, 119],
      e: {
        d: [{ a: 4, e: 36 }, 33],
        e: 34,
        g: 0,
        n: { d: 2, o: 19 },
        p: { t: 7 },
        r: { a: 7, e: [{ l: 36 }, 28], j: 2, o: 7 },
        s: { i: 2 },
        t: { a: 7 },
        y: { w: { o: 2 } }
      },
      f: [{ u: { r: 19 } }, 43],
      h: { o: 32 },
      i: {
        h: 35,
        l: [{ o: 3 }, 8],
        n: [
          { ".": 38, d: 34, e: { m: { a: 49 }, t: 7 }, g: 32, i: 2, s: 38 },
          43
        ],
        r: { m: 5, r: 2 },
        s: [{ ".": 34, h: 43 }, 2],
        t: { c: 7 },
        w: 0
      },
      k: [{ e: { r: 36 } }, 0],
      l: [{ a: 32, e: { a: 36, r: 32, t: 32 }, i: 32, o: 32 }, 156],
      m: 43,
      n: [{ o: [{ w: 29 }, 38] }, 8],
      o: { a: 4, l: 2, m: { i: 4 }, p: { e: 4 } },
      p: 43,
      r: { o: 103, u: 32 },
      s: [{ l: 32, m: { i: 8 }, t: 0 }, 64],
      t: 43,
      u: { r: 7 },
      v: 36,
      w: 43,
      y: { l: 34 }
    },
    l: {
      a: [
        {
          ".": 33,
          a: 35,
          b: { a: { r: 7 }, e: { l: 12 }, r: 35 },
          c: [
            { a: 8, e: { o: 4, r: 4 }, h: 0, o: [{ l: 60, n: 7 }, 8], u: 1 },
            28
          ],
          d: { e: 0, m: 36 },
          e: 28,
          f: 28,
          g: { e: { r: 1 }, i: { s: 0 }, r: 5 },
          h: 66,
          i: { c: { ".": 0 } },
          l: [{ e: 33 }, 28],
          m: {
            a: { n: { d: { r: 35 } } },
            e: { l: { l: { i: 4 } } },
            i: { e: 2 },
            o: 20,
            u: 36
          },
          n: {
            a: { t: 5 },
            d: [{ ".": 34, i: 3, s: 34 }, 9],
            e: { r: 2, t: 5 },
            t: { i: { n: { e: 7 } }, r: 2 }
          },
          p: [{ i: 19 }, 0],
          r: { a: { n: 7 }, d: { e: 7 }, e: { d: 33 } },
          s: 28,
          t: {
            a: { l: 7 },
            e: 0,
            i: { l: { i: { s: 35, z: 35 } }, n: { i: 35 } },
            u: { s: 7 }
          },
          u: [{ r: 35 }, 28],
          v: { a: { t: 7 } },
          w: 28,
          z: 33
        },
        38
      ],
      b: [{ e: 2, i: { t: 28 }, y: 28 }, 32],
      c: [{ a: { t: 38 }, e: [{ n: 19, r: { e: 28 } }, 2], h: { e: 2 } }, 41],
      d: {
        a: { r: 32 },
        e: { d: 32, h: 32, r: { a: 36 }, s: { t: 1 }, w: 36 },
        i: [{ e: 32, n: { e: [{ s: 53 }, 0] }, s: { h: 1 } }, 9],
        l: { i: 4 },
        o: 32
      },
      e: {
        ".": 33,
        a: { g: { u: 34 }, t: { i: { o: 4 } }, v: { e: { r: 18 } } },
        b: { r: { a: 157 } },
        c: { a: 1, h: { a: 4 }, t: { i: { c: { a: 18 } } } },
        d: [{ r: 4 }, 30],
        g: { a: [{ n: 32 }, 20], g: 34, i: { n: 0 }, o: 5, r: { a: 1 } },
        k: 2,
        l: { e: { d: 33 }, o: 7, u: 18 },
        m: {
          e: { n: { c: 7 } },
          i: { s: 5, z: 36 },
          m: 35,
          n: 32,
          o: [{ n: 7 }, 8]
        },
        n: {
          d: { a: [{ r: 7 }, 36], e: 19, o: 2 },
          e: 6,
          i: { e: 4 },
          o: 5,
          t: { i: { o: 33 } },
          u: 7
        },
        o: { n: 1, s: 2 },
        q: 4,
        r: [
          { e: { c: 4 }, i: { a: 83, c: 28, g: 4 }, o: { m: 5, s: 12, t: 5 } },
          30
        ],
        s: { ".": 33, c: { o: 1 }, s: 158 },
        t: [{ r: { a: 4, e: 4 }, u: 159 }, 29],
        u: { r: 18 },
        v: [{ a: 32, e: 35, i: { t: { a: 7 } } }, 30],
        w: { i: 0 },
        x: { a: 36 },
        y: 29
      },
      f: { i: { d: 4 }, o: [{ n: 1 }, 38] },
      g: [{ a: { l: 28 }, e: { m: 28 }, i: { a: 2, d: 28 }, o: { i: 28 } }, 41],
      h: 32,
      i: {
        ".": 33,
        a: { n: { i: 0 }, s: 19 },
        b: { r: 20 },
        c: {
          ".": 43,
          h: 35,
          i: { e: 0, o: 35 },
          o: { n: 137 },
          t: { o: 19 },
          u: 0
        },
        d: { a: [{ r: 28 }, 32], i: { f: 35 } },
        e: { u: 34 },
        f: { e: 28, o: 28, t: { e: { r: 18 } } },
        g: [{ e: { r: 4 }, h: { t: { i: 16 } } }, 29],
        h: 35,
        k: 34,
        l: [{ i: 2 }, 94],
        m: { b: 9, e: { t: { e: 12 } }, p: 2 },
        n: {
          a: { ".": 28, s: 28 },
          d: 2,
          e: [{ a: 160, r: { ".": 2, s: 2 } }, 28],
          g: { e: { r: 2 }, i: 3, t: 35, u: 34 },
          q: 34,
          t: { i: 18 }
        },
        o: { g: 34, l: 0, m: 5, t: 19, u: 1 },
        p: { h: 35, t: 18 },
        q: 6,
        r: 34,
        s: [{ k: 28, s: { e: 35 } }, 43],
        t: [
          { ".": 38, a: 157, e: { r: 35 }, h: 34, i: { a: 35 }, r: 34, u: 2 },
          43
        ],
        v: [{ a: { t: 36 }, e: { r: 5 }, i: { d: 7 } }, 28]
      },
      k: { a: { l: { o: 18 }, t: 4 }, e: { r: { ".": 1, s: 1 } } },
      l: [
        {
          a: [{ b: { a: 2 }, c: { t: 12 }, s: 36, w: 28 }, 43],
          e: {
            b: 36,
            c: 43,
            g: 43,
            i: 32,
            l: 43,
            m: 7,
            n: 43,
            p: 32,
            u: 32,
            v: 32
          },
          f: 1,
          i: [
            {
              a: { m: 7, n: 2 },
              b: { e: 19 },
              c: [{ l: 28, o: 7 }, 19],
              e: 36,
              g: { a: { t: 49 } },
              n: [{ ".": 36, a: 32, e: 32 }, 38],
              o: 36,
              v: 7
            },
            43
          ],
          m: 1,
          o: [{ c: { a: 3, u: 18 }, q: 9, v: 28, w: { e: { r: 18 } } }, 43],
          p: 1,
          s: 1,
          t: 4,
          u: [{ n: 19 }, 43],
          y: { a: 36, c: 32, g: 32, h: 32, i: 32, m: 36 }
        },
        8
      ],
      m: [
        { a: 43, e: [{ r: 28 }, 43], i: { n: { g: 1 }, p: 36 }, o: { d: 58 } },
        8
      ],
      n: [{ e: [{ o: 19 }, 32] }, 77],
      o: {
        ".": 30,
        a: { d: 35 },
        b: { a: 160 },
        c: [{ a: { l: 5 }, u: { l: 7, s: { ".": 0 } }, y: 30 }, 29],
        d: { i: { s: 32 }, r: 81 },
        g: [{ a: { n: 4 } }, 29],
        i: { ".": 33 },
        m: { i: 4, m: 2 },
        n: {
          a: { l: 2 },
          e: [{ l: 36, y: 4 }, 2],
          g: { i: { n: 18 } },
          i: { a: 34, e: 19, s: 32, z: 32 }
        },
        o: { m: { e: { r: 18 } } },
        p: { e: [{ n: 60 }, 2], m: 32 },
        q: 96,
        r: {
          e: { d: 28 },
          i: { a: { t: 7 }, f: { e: 2 } },
          o: { f: 4, s: 12 }
        },
        s: { ".": 28, o: 6, s: [{ i: { e: 7 } }, 19] },
        t: { a: { t: 7 }, h: { i: { e: 19 } }, u: 4 },
        u: { p: 35 }
      },
      p: {
        a: { t: 6 },
        e: { r: 1 },
        h: [{ e: 36, i: { n: 32 }, o: 38 }, 9],
        i: { e: 32, t: 32 }
      },
      r: [{ i: 32, o: 32, u: 36 }, 0],
      s: [
        {
          a: { m: 36, n: 4 },
          i: { f: { i: { a: 2 } }, m: 2, s: 0 },
          k: 36,
          p: 0,
          t: 41
        },
        33
      ],
      t: {
        a: { n: { e: 3, g: 28, t: 4 }, r: 36 },
        e: [{ i: 28, r: { n: 50 } }, 43],
        h: { i: 5 },
        i: { c: { i: 2 }, m: { a: 19 }, n: 19, t: 5, v: 92 },
        o: { r: 0 },
        r: [{ a: { m: { o: { n: { t: 107 } } } } }, 43],
        u: [{ s: 28 }, 43]
      },
      u: {
        ".": 33,
        a: 6,
        c: { h: 19, o: 37, r: { a: 7 }, u: 0 },
        e: [{ n: 6, r: 4 }, 33],
        i: [{ t: 0 }, 6],
        m: { b: { r: { i: 2 } }, o: 0, p: 35, u: 37 },
        n: { c: { h: { e: { o: 16 } } }, e: 35, t: { a: 32 } },
        o: { r: { i: 1 } },
        p: 35,
        r: { o: 75 },
        s: { k: 18, s: 19 },
        t: {
          a: { n: 7, r: 161 },
          i: { o: { n: { i: { z: 35 } } } },
          o: { c: 4 },
          r: 7
        },
        v: 6
      },
      v: { a: { t: { e: 4 } }, e: { t: 131 }, i: 28, o: { r: 28 } },
      w: 32,
      x: 0,
      y: [
        {
          ".": 33,
          c: [{ a: 0, l: 2, o: { s: 7 } }, 6],
          m: [{ p: { h: 16 } }, 9],
          p: [{ a: 0, t: { o: 18 } }, 9],
          r: 34,
          s: { e: { r: 7 } },
          w: 34,
          z: 34
        },
        30
      ],
      z: 0
    },
    m: {
      a: {
        ".": 33,
        c: {
          a: [{ d: 5 }, 28],
          h: { i: { n: { e: 4 } }, y: 35 },
          i: { s: 0 },
          t: 19
        },
        d: { ".": 33, a: 33, s: 33 },
        g: { e: 0, n: 35, o: 162 },
        h: [{ o: 4 }, 30],
        i: [{ ".": 33, d: 3 }, 163],
        k: 35,
        l: {
          a: { p: 5, r: { i: 7 } },
          e: [{ d: 7, f: 5 }, 164],
          g: 32,
          i: { s: [{ ".": 2 }, 32] },
          l: { e: 5, i: 2 }
        },
        m: [{ e: { n: { t: [{ ".": 36 }, 49] } } }, 30],
        n: [
          {
            ".": 165,
            a: 5,
            d: { a: { r: 7 }, r: 5 },
            i: { c: [{ a: 2 }, 12], l: 4 },
            s: 28,
            t: { e: { l: 15 } }
          },
          29
        ],
        p: [{ h: 32 }, 30],
        r: [
          {
            a: { n: 35 },
            o: { l: 7, n: 4, o: 1 },
            r: { i: 7 },
            s: { h: { i: 2 } },
            v: 5
          },
          29
        ],
        s: {
          o: { n: 1 },
          s: { i: [{ n: { g: 18 } }, 12] },
          t: [{ e: { d: 2 }, i: { c: 19, n: 2 } }, 166]
        },
        t: {
          ".": 28,
          e: { n: 28, r: [{ n: 167 }, 1] },
          i: { t: [{ i: 2 }, 28], z: { a: 28 } },
          o: { g: 1, m: 7, p: 1 },
          s: 28,
          t: 165,
          u: { r: { e: 4 } }
        },
        v: 2
      },
      b: [
        {
          a: { t: { t: 19 } },
          d: 0,
          e: { c: 36, r: { e: { r: 36 }, y: 28 }, s: 28 },
          i: [
            {
              c: 38,
              l: 85,
              n: { g: 113 },
              s: [{ t: 4 }, 28],
              v: { a: { l: 15 } }
            },
            8
          ],
          l: { e: { r: 36 }, i: 32 },
          r: { u: 19 },
          u: { l: 5, r: 19 }
        },
        45
      ],
      c: 43,
      d: 36,
      e: [
        {
          ".": 30,
          a: { g: 7, n: { d: 4 } },
          b: { a: 0, i: 0 },
          d: [
            {
              ".": 33,
              i: { a: 34, c: { a: { t: 7 } }, e: [{ s: 53 }, 33], t: 34 },
              o: 0,
              y: 36
            },
            30
          ],
          g: [{ a: [{ t: 18 }, 168] }, 8],
          l: {
            e: [{ e: 7 }, 33],
            l: { e: { r: 7 } },
            o: { n: 5 },
            t: [{ e: { r: 18 } }, 2]
          },
          m: [{ e: 99 }, 8],
          n: [
            {
              ".": 34,
              a: [{ g: 2 }, 30],
              d: { e: { r: 18 }, o: 18 },
              e: 6,
              t: { o: { r: 18 }, s: 35 }
            },
            29
          ],
          o: { g: 35 },
          p: 0,
          r: { a: { n: 36 }, e: 33, i: { a: 2 } },
          s: [{ e: { n: 7 }, i: { a: 54 }, q: 7, t: { i: 169 } }, 44],
          t: [
            {
              a: { t: 3 },
              e: [{ d: 33 }, 20],
              h: { i: 19 },
              i: { c: [{ i: 7 }, 19] },
              o: 5,
              r: { i: 5 }
            },
            68
          ]
        },
        38
      ],
      f: 43,
      h: 56,
      i: {
        ".": 33,
        c: [{ i: { n: 0 }, o: 1, r: { o: 34 }, t: 28, u: { l: 1, s: 0 } }, 43],
        d: { i: [{ n: 2 }, 28], o: { n: 7 } },
        f: { i: 4 },
        g: { a: 7, h: { t: { i: 18 } }, r: 8 },
        j: 33,
        k: { a: 4 },
        l: [
          { a: [{ d: 2 }, 32], i: { e: [{ s: 7 }, 99] }, l: 34, o: 4, t: 2 },
          38
        ],
        m: [{ i: 7 }, 65],
        n: {
          d: [{ e: { r: 18 } }, 66],
          e: { r: { ".": 2, s: 2 } },
          g: { l: { i: 18 } },
          i: { e: 7, t: 28 },
          o: { l: 5 },
          t: [{ h: { o: 16 } }, 94]
        },
        o: 1,
        p: 1,
        r: { a: { b: 12, c: { u: 4 } } },
        s: {
          ".": 38,
          c: 28,
          e: [{ m: 33 }, 0],
          h: { a: 5 },
          s: { i: 35 },
          t: { ".": 32, i: { n: 2 }, s: 32 }
        },
        t: [{ a: { n: 36 }, y: 33 }, 8],
        u: 34,
        x: 35
      },
      l: [{ o: { c: { u: { t: { i: 7 } } } }, u: { n: 19 } }, 64],
      m: [
        {
          a: { n: { d: [{ e: { r: 16 } }, 19] } },
          e: { d: { i: 32 }, l: { l: { i: 18 } }, t: { e: 19 } },
          i: { g: 3, n: { u: 3 }, s: 3 },
          o: { b: 3, c: 36, r: 3 },
          u: { t: { a: 3 } }
        },
        62
      ],
      n: [{ i: { f: 19, n: 28, o: 7, s: 19 }, o: { l: 7 } }, 71],
      o: [
        {
          ".": 33,
          c: 30,
          d: [{ i: { f: { i: { e: 7 } } } }, 20],
          g: { a: { s: { t: 49 } }, o: 0, r: { i: 7 } },
          i: { r: 36 },
          k: { i: 2 },
          l: { a: 5, o: { g: { ".": 33, s: 33, u: 33 } }, y: 1 },
          m: [{ i: { s: 0 } }, 6],
          n: [
            {
              a: 19,
              e: { d: 33 },
              g: 20,
              o: [{ l: { o: [{ g: { i: 127 } }, 49] } }, 0]
            },
            28
          ],
          p: [{ h: { i: { l: { i: 15 } } }, t: 2 }, 28],
          r: {
            a: { b: 32, t: [{ o: 2 }, 170] },
            d: 36,
            e: { l: 4 },
            i: { a: 34, z: 36 },
            o: { n: 7 },
            p: 34,
            s: { e: 34 },
            t: { a: { l: 7 } }
          },
          s: { p: 1, t: [{ a: 1 }, 35] },
          u: { s: 45 }
        },
        29
      ],
      p: [
        {
          a: [{ n: { c: 28, t: 28 }, t: { h: 50 } }, 32],
          e: {
            l: { l: { i: 18 } },
            r: { e: { r: 36 }, i: 3 },
            t: { i: { t: 18 } }
          },
          h: { a: { l: { o: 16 } }, e: 28, l: 28 },
          i: [{ d: 4, g: 36, l: { y: 1 }, n: 6, r: 32, s: 1 }, 38],
          o: [{ l: { i: { t: 18 } }, t: 9, v: 18 }, 32],
          t: { o: 1, r: 4 },
          u: 32
        },
        43
      ],
      q: 36,
      r: [{ y: 28 }, 32],
      s: [{ e: { l: { f: 18 } }, i: 36, o: { l: 19 } }, 64],
      t: { u: 2 },
      u: {
        c: { k: { e: 19 } },
        f: { f: 19 },
        l: { t: 171 },
        n: { c: 36, i: { o: 4, s: 5 } },
        s: { c: { o: 7 }, e: 0, k: { e: 7 } },
        t: { i: { l: 1 } }
      },
      v: 43,
      w: 32,
      y: [{ c: 93, d: 0, e: 1, i: 34, s: { t: 135 }, t: 34 }, 30]
    },
    n: {
      a: [
        {
          ".": 30,
          c: [
            {
              h: 19,
              i: { o: { u: { s: { ".": 4, l: 4 } } } },
              t: { e: 2, i: { v: { a: 7 } } },
              u: { l: { a: { r: { i: 4 } } } }
            },
            8
          ],
          d: { a: 22, i: 19, o: { p: 2 } },
          e: { ".": 38 },
          f: { f: { i: { l: 49 } } },
          g: { a: 2, e: { n: 28, r: { i: 60 } }, i: 0, o: 36, r: 172 },
          h: 35,
          i: { l: 35, v: 4 },
          k: 9,
          l: { e: { d: 33 }, g: 36, i: { a: 28 }, y: 1 },
          m: [{ e: 34, n: 2 }, 29],
          n: {
            a: { s: 4 },
            n: { o: { t: 49 } },
            t: { a: 2, e: { d: 7 }, o: 2 }
          },
          o: 4,
          r: { d: 110, t: { i: { s: { t: { i: 7 } } } } },
          s: [{ i: 7, p: 7, s: 5, t: { e: 7 } }, 38],
          t: {
            a: { l: 7, t: 4 },
            e: { e: 28 },
            h: { e: 1, l: 19 },
            i: [{ ".": 28, c: 7 }, 19],
            o: { ".": 28, m: 1, s: 0 },
            r: 2,
            u: { r: { i: 4 } }
          },
          u: { g: { h: { t: { i: 16 } } }, s: 3, t: [{ i: 3 }, 34] },
          v: [{ e: { l: 4 } }, 8]
        },
        43
      ],
      b: [
        {
          a: { r: { r: { i: { c: 127 } } } },
          e: { a: { u: 12 }, n: [{ e: 12 }, 2], t: 19 },
          i: { t: 19 }
        },
        92
      ],
      c: {
        a: [{ l: { ".": 28 }, r: { n: { a: { t: 16 } } } }, 41],
        e: {
          l: { i: 19 },
          n: { t: { r: { i: 16 } } },
          p: { t: { ".": 28 } },
          r: [{ e: 19 }, 32],
          s: { ".": 28 },
          t: 36,
          y: 36
        },
        h: { a: 32, i: { e: 2 }, o: [{ l: { o: 7 } }, 32], u: 32 },
        i: { c: 28, d: { e: { n: 18 } }, f: 28, p: { i: { e: 18 } } },
        l: [{ e: { s: 28 } }, 41],
        o: { c: 19, p: { a: { t: 7 } } },
        r: 43,
        t: [{ i: { n: 0, v: { i: 2 } }, o: 9 }, 6],
        u: [{ l: { o: 2 }, n: 28, r: { v: { i: 28 } }, s: { t: 19 } }, 43]
      },
      d: [
        {
          a: [{ c: 117, l: [{ e: 28 }, 32], m: 32, n: { c: 1 } }, 38],
          e: [
            {
              a: 32,
              c: { i: 5 },
              d: 43,
              l: [{ e: { g: 49 } }, 2],
              n: { c: 1 },
              p: { r: { e: 49 } },
              r: { l: 32 },
              s: [{ c: { r: 18 } }, 2],
              z: 36
            },
            9
          ],
          h: { i: 0 },
          i: {
            c: [{ u: 18 }, 43],
            d: { a: 18 },
            e: 32,
            l: { y: 4 },
            n: { e: 0 },
            s: { e: 1, i: 54, m: { ".": 4 } },
            t: { y: 4 }
          },
          l: { e: { r: 1 }, i: 6 },
          o: { c: 36, r: 19, u: [{ r: 4 }, 38] },
          r: { a: { g: 16, m: 12 }, o: { n: 36 } },
          u: { b: 2, c: { t: { i: { v: 16 } } }, n: 28 },
          w: { e: 8 },
          y: { i: 32 }
        },
        33
      ],
      e: {
        ".": 30,
        a: { l: { o: 1 }, r: 32 },
        b: { u: 123 },
        c: { k: 35, l: 0, o: 8, t: { o: { m: 36 } } },
        d: [{ i: 34, u: 26 }, 30],
        g: { a: 5, o: 1, u: 35 },
        i: { s: 19 },
        l: { e: 30, i: { a: 4, g: 19 }, y: 28 },
        m: { o: 8 },
        n: [{ d: 32 }, 64],
        o: { l: 5, n: 19 },
        p: 8,
        r: [
          {
            e: { d: 33 },
            i: { n: { g: 35 } },
            o: 7,
            r: 14,
            v: [{ i: { n: 18 } }, 9]
          },
          43
        ],
        s: { ".": 30, c: 43, i: { a: 1 }, s: 29, t: [{ r: 5 }, 43] },
        t: { a: 5, i: { c: 5 }, o: { g: 0 }, r: 20 },
        u: { m: { a: { t: { o: 16 } } }, t: { r: 18 } },
        v: { e: { r: 7 } },
        w: [{ s: 3 }, 28],
        y: { s: { ".": 28 } }
      },
      f: [
        {
          o: [{ r: { m: { e: { r: 16 } }, t: { u: 15 } } }, 2],
          r: { a: { n: 50 } }
        },
        32
      ],
      g: [
        {
          a: [{ e: 28 }, 8],
          e: { e: 36, r: { i: 32, o: 36 } },
          h: 2,
          i: [{ c: 36, o: { g: 19 } }, 38],
          l: { e: { m: 36 }, i: { e: 32, o: 36 } },
          n: 6,
          o: 43,
          r: { y: 28 },
          u: [{ m: 38 }, 43]
        },
        33
      ],
      h: [{ a: { b: 3 }, o: 2, y: [{ d: 18 }, 9] }, 41],
      i: [
        {
          ".": 33,
          a: { c: 34 },
          b: { a: 1 },
          c: { a: { b: 28 }, e: { n: 0 }, l: 33, t: { a: 18 }, u: { l: 173 } },
          d: { i: { o: 0 } },
          e: [{ r: { s: 0 } }, 38],
          f: { f: 2, t: [{ i: 7 }, 19] },
          g: [{ h: { t: { i: 16 } }, m: 32, n: 34 }, 8],
          k: { e: 7 },
          l: [{ a: 2 }, 38],
          m: [{ e: [{ t: 35 }, 28] }, 174],
          n: { e: { s: 28 }, j: 2, n: 35, u: 28 },
          o: { l: 35, u: 6 },
          p: { u: 34 },
          q: 35,
          s: {
            ".": 28,
            k: 28,
            l: 2,
            o: 2,
            s: 36,
            t: { e: { r: { ".": 7, s: 7 } } }
          },
          t: {
            c: { h: 12 },
            e: 0,
            h: { o: 1 },
            o: { s: 28 },
            r: { a: 4, e: { s: 7 }, i: 1 },
            u: { r: 2 }
          },
          v: [{ a: 2, o: [{ c: 12 }, 1] }, 38],
          z: { e: { n: 7 } }
        },
        43
      ],
      j: [{ a: { m: 42 }, u: { r: { i: 18 } } }, 43],
      k: [{ a: { r: 4 }, e: { r: { o: 36 }, y: 32 }, i: { f: 4, l: 4 } }, 39],
      l: [{ a: { n: { d: 16 } }, e: [{ t: 19 }, 32] }, 71],
      m: [{ a: { t: { e: { r: 49 } } }, o: { r: { t: { i: 18 } } } }, 32],
      n: [
        {
          e: [{ l: { l: { i: 18 } }, r: { v: { a: 16 } } }, 2],
          i: [{ k: { i: 5 } }, 32],
          o: { v: 3 },
          y: { i: 36 }
        },
        77
      ],
      o: {
        ".": 33,
        b: { i: [{ l: 4 }, 36], l: [{ e: { m: 4 } }, 2], s: { e: { r: 49 } } },
        c: { u: { l: { a: 36 } } },
        d: { i: 0, y: 28 },
        e: { c: 2 },
        f: { a: 0 },
        i: { s: { i: 18 } },
        l: { ".": 36, a: 1, i: 2 },
        m: { a: { l: 5 }, i: 29, o: 8 },
        n: { e: 33, i: { c: 34 } },
        o: { d: 35 },
        p: { i: 7 },
        r: {
          a: { t: 19 },
          d: { i: 7 },
          i: { a: 2, s: 2 },
          m: { a: 5 },
          o: 28,
          t: 2
        },
        s: { ".": 28, o: 2, p: 1 },
        t: { a: 20, e: 34 },
        u: [{ g: 28, n: 34, s: 30, v: 7 }, 43],
        v: { a: { l: 19 }, e: [{ l: [{ e: 16 }, 5] }, 42] },
        w: [{ e: { r: 7 }, l: 5 }, 28]
      },
      p: [
        {
          i: { l: 19 },
          l: { a: 19 },
          o: { i: { n: 12 }, l: { a: 7 }, s: 19 },
          r: { i: 19 }
        },
        92
      ],
      q: [{ u: { e: { f: 28 } } }, 43],
      r: [{ e: { i: 2, m: 5, s: { t: { r: 18 } } } }, 43],
      s: [
        {
          c: [{ o: [{ t: 1 }, 38], u: 28 }, 8],
          e: { c: [{ t: { e: 19 } }, 36], s: 38, u: 36 },
          h: 175,
          i: [
            {
              b: 1,
              c: [{ k: 36 }, 28],
              d: 32,
              e: 32,
              f: { i: 4 },
              n: { g: 1 },
              o: 32,
              s: 86,
              t: 9,
              v: 1
            },
            38
          ],
          o: { l: { u: 12 }, n: 36, r: { e: 28, y: 28 } },
          p: { i: { r: 32 } },
          t: [{ a: 19, i: { l: 12 } }, 86],
          u: [{ r: { e: 19 } }, 32],
          w: { a: 32 }
        },
        64
      ],
      t: {
        a: {
          b: { u: 19 },
          g: { e: 1 },
          l: 6,
          n: { c: 113, d: 4, e: { o: 18 }, t: 113 },
          r: { i: { u: 0 } },
          s: { i: { s: 36 }, t: 1 },
          t: [{ h: 4, i: [{ v: 4 }, 1] }, 6],
          u: 36
        },
        e: [
          {
            c: 28,
            e: { ".": 28, s: 28 },
            l: 32,
            n: { d: { e: { n: 16 } } },
            o: 28,
            r: { ".": 28, i: 32, n: [{ a: { l: 16, t: 18 } }, 36] }
          },
          43
        ],
        h: [{ e: [{ r: 16 }, 43], i: { n: { e: 7 } } }, 9],
        i: [
          {
            b: 0,
            c: { ".": 28, i: { s: 36, z: 36 }, s: 28, u: 176 },
            d: 139,
            e: 43,
            f: { y: { ".": 28 } },
            g: 32,
            l: { a: { t: { i: 4 } }, l: 36 },
            n: { g: [{ ".": 4 }, 1] },
            p: [{ a: { r: 28 } }, 5],
            s: { ".": 28, m: 1, t: 1 },
            t: { i: { o: 36 } },
            z: 1
          },
          8
        ],
        j: 38,
        o: [{ m: 32, n: { i: 12 }, p: 36 }, 41],
        r: [
          {
            a: { d: 3, l: 1, n: { t: 28 }, t: 32 },
            e: { s: { s: 4 } },
            i: { l: 1 },
            o: { l: { l: { e: { r: 16 } } } },
            y: { m: 36 }
          },
          43
        ],
        u: [{ a: 32, b: 18, p: { l: { i: 18 } }, r: 36 }, 43],
        y: 38
      },
      u: [
        {
          a: 6,
          c: 35,
          d: [{ i: 7 }, 34],
          e: { n: 1 },
          g: { a: 2 },
          i: [{ s: 0 }, 1],
          k: 35,
          l: { o: 28, t: [{ i: { m: 15 } }, 32] },
          m: { e: [{ n: { t: { a: 35 } }, r: 35 }, 6], i: 35 },
          n: { c: 34 },
          t: { a: { t: 1 }, i: { v: 36 }, o: 0, r: 6 }
        },
        38
      ],
      v: [
        {
          e: [{ l: 3, n: { e: 19, o: 18 }, r: { s: { a: { n: 16 } } } }, 9],
          i: { t: 2 },
          o: { c: { a: { t: 18 } } }
        },
        86
      ],
      w: [{ i: { n: 19 }, o: { m: 19 } }, 36],
      x: 141,
      y: [{ c: 35, m: { i: { t: 7 } }, t: { h: 19 } }, 44],
      z: [{ y: 2 }, 41]
    },
    o: {
      a: [
        {
          c: { e: 36, t: 32 },
          d: { e: { r: 7 }, i: 7 },
          g: 32,
          k: { e: { r: 7 } },
          l: { e: { s: 32 }, i: [{ n: 7, t: 36 }, 2] },
          n: { t: 2 },
          p: { i: 7 },
          r: { e: { r: 7 }, s: { e: 2 } },
          s: { t: { e: { r: 18 } } },
          t: { a: 7, e: { e: 7, r: 7 } }
        },
        44
      ],
      b: {
        a: 33,
        e: { l: 2 },
        i: [{ n: { g: 1 }, o: 177, t: 1 }, 8],
        l: { a: 32, i: 6 },
        o: [{ c: 1, l: 36, t: 36 }, 33],
        r: { a: 32, o: { m: 12 } },
        t: 4,
        u: { l: 1, s: 32 }
      },
      c: [
        {
          a: [
            {
              b: 28,
              d: 32,
              g: 4,
              l: { l: { i: 36 } },
              t: { i: { v: 108 }, o: 4 }
            },
            8
          ],
          e: [{ a: 28, n: { o: 18 }, s: { s: { i: 12 } } }, 178],
          h: { e: 2, i: { n: 7 }, o: { n: 32 }, r: { o: { n: 12 } }, u: 36 },
          i: { a: { b: 5, l: 2 } },
          l: [{ e: 38 }, 43],
          r: [{ e: 3 }, 43],
          t: [{ e: 8, o: 6 }, 9],
          u: {
            l: { u: 2 },
            m: 19,
            o: 4,
            s: { s: [{ i: 18 }, 12] },
            t: { r: 18 }
          },
          y: [{ t: [{ o: 18 }, 36] }, 43]
        },
        30
      ],
      d: {
        a: { l: { ".": 1 } },
        e: { c: 2, g: [{ a: 2 }, 36], n: { d: 36, t: 32 }, s: 19 },
        i: {
          c: { a: 1 },
          e: 154,
          g: { a: 1 },
          l: 0,
          s: [{ i: { a: 18 } }, 179],
          t: 4,
          z: 35
        },
        l: { i: 1 },
        o: [{ l: { o: 4 }, u: { s: 4 } }, 38],
        r: { o: 32, u: 4 },
        u: [{ c: { e: { r: 7 }, t: { ".": 28, s: 28 } }, l: 1 }, 38],
        y: { t: 36 }
      },
      e: {
        a: 1,
        b: { i: 0 },
        c: { u: 4 },
        d: 0,
        e: 36,
        i: { c: 4 },
        l: { e: { c: 32 }, l: { i: 12 }, o: 19 },
        o: { p: 13 },
        p: 7,
        q: 36,
        r: 32,
        s: { t: 5 },
        t: [{ ".": 28, i: 5, r: 2 }, 43],
        u: 34,
        v: 32,
        x: 32
      },
      f: { l: { u: 19 }, o: 33, u: { l: 28, n: 19 } },
      g: [
        {
          a: [{ m: 32, r: 21, s: 32 }, 38],
          e: { n: 140, y: 36 },
          i: [{ o: 28 }, 32],
          n: { a: 8 },
          o: { n: { i: 12 }, t: 28 },
          r: { i: 38, o: 28 },
          s: { h: 0 },
          u: 38,
          y: { r: 36 }
        },
        45
      ],
      h: [
        { a: [{ b: 3 }, 32], e: [{ r: { e: { r: 19 } } }, 32], o: 117, y: 2 },
        41
      ],
      i: [
        {
          c: [{ ".": 32, h: 4 }, 0],
          d: [{ e: 33 }, 141],
          g: 2,
          k: { i: 21 },
          l: { e: { r: 5 }, i: 7 },
          n: { d: { e: 5 }, g: 32, t: { e: { r: 14 }, r: 2 } },
          o: 0,
          s: [{ m: 32 }, 33],
          t: [{ a: { l: 2 }, h: 19 }, 0]
        },
        30
      ],
      j: 43,
      k: { i: { n: { e: 0 } }, l: 1, u: 4 },
      l: {
        a: {
          c: [{ k: 28 }, 2],
          l: { i: 36 },
          n: [{ d: 18 }, 0],
          s: { t: 4 },
          t: { e: { r: 18 } }
        },
        c: { h: 4 },
        e: {
          c: [{ i: 4 }, 180],
          f: { i: 4 },
          o: [{ n: 2 }, 32],
          p: 32,
          r: 6,
          s: { t: 32 },
          u: 32
        },
        i: {
          a: 43,
          c: { a: 1, e: 32, i: { z: 4 }, k: 4, s: 1 },
          d: { ".": 4 },
          e: [{ r: 32, s: { ".": 4 } }, 9],
          f: [{ e: 82 }, 36],
          g: { o: 7 },
          n: { a: 36, g: 1 },
          o: { s: 7 },
          p: 54,
          s: 19,
          t: 8
        },
        l: { e: 42, i: { m: 50 }, o: { p: { e: 0 } }, y: { i: 0 } },
        m: { i: 1 },
        o: [
          { c: 33, i: { d: 1 }, n: { a: 28, e: { l: 18 } }, r: 6, s: 32, u: 6 },
          43
        ],
        u: { b: 40, m: { i: 32 }, n: { t: { e: 36 } }, s: { ".": 1 } },
        y: { p: { h: 5 }, t: 33 }
      },
      m: [
        {
          a: [{ b: 28, c: 38, l: 38, n: { e: 28 }, s: { t: 12 }, t: 32 }, 43],
          b: { e: 0 },
          e: {
            d: 2,
            g: [{ a: 18 }, 2],
            l: { i: 5 },
            n: { a: 1, t: 19 },
            r: { i: 32 }
          },
          i: [
            {
              a: 32,
              c: [{ r: 18 }, 9],
              e: { ".": 0 },
              l: 19,
              n: { y: 0 },
              s: { s: 12 },
              t: 8
            },
            6
          ],
          m: { e: 19 },
          n: { a: 8, i: 3 },
          o: {
            i: 28,
            l: { i: 50 },
            n: [{ y: 4 }, 73],
            s: { ".": 28 },
            t: { i: { v: 18 } },
            u: 38
          },
          p: { i: { l: 4 }, t: { e: { r: 18 } } }
        },
        30
      ],
      n: {
        a: {
          d: 2,
          i: 1,
          s: { ".": 36, t: { i: 16 } },
          t: { i: { v: 4 } },
          u: 33
        },
        c: [{ a: { t: 50 }, h: { o: 0 } }, 6],
        d: { a: { r: 181 }, e: { n: { t: 7 }, r: 1 }, r: 1, y: 4 },
        e: [
          {
            a: 33,
            c: { r: 19 },
            d: 33,
            e: 6,
            l: { l: 4 },
            o: 32,
            s: { s: 1 },
            t: 6
          },
          38
        ],
        g: { a: { t: 5 }, u: 0 },
        h: 33,
        i: {
          a: [{ r: 4 }, 64],
          c: [{ a: [{ l: 49 }, 18] }, 31],
          d: 0,
          e: { s: 1 },
          f: 1,
          g: 36,
          o: 43
        },
        k: { s: 2 },
        n: { e: { s: 33 } },
        o: { d: { i: 4 }, i: 4, m: { i: [{ c: 99 }, 2] }, s: 5, t: { a: 36 } },
        s: 9,
        t: [
          {
            a: { n: { e: { ".": 7 } } },
            e: { r: 0 },
            i: { f: { i: 18 } },
            o: { n: 16 },
            r: [{ e: 0 }, 2]
          },
          30
        ],
        u: { r: 4, s: 36 },
        v: { o: { l: { u: 18 } } },
        z: 8
      },
      o: [
        {
          f: { e: { r: 5 } },
          i: 6,
          k: { e: { r: 5 }, i: 5 },
          l: { e: 0, i: { e: 7 } },
          m: 0,
          n: { i: 5 },
          p: [{ i: { e: 2 }, t: 32 }, 8],
          s: { e: 0, t: { e: { r: 18 } } },
          t: [{ e: { r: 5 } }, 8],
          z: { e: { r: 7 } }
        },
        30
      ],
      p: {
        a: [{ b: 28, l: { i: 36 }, r: { a: 7 }, t: { h: 16 } }, 43],
        e: { c: 36, n: { s: 12 }, r: [{ a: [{ g: 33 }, 34] }, 6] },
        h: {
          a: 43,
          e: 28,
          i: { e: 2, l: 36 },
          o: { l: 4 },
          y: [{ l: { a: 18 } }, 43]
        },
        i: [{ e: { s: 1 }, n: { g: 4 }, t: 86 }, 6],
        l: [{ a: { s: { t: 49 } } }, 33],
        o: {
          i: 28,
          l: { i: 3 },
          n: [{ y: 4 }, 19],
          r: { i: 4 },
          u: { n: 12 },
          v: 84
        },
        p: { l: [{ i: 4 }, 8] },
        r: { a: { c: 12, n: 1 }, e: 19, o: { l: 19, p: 4 } },
        s: { o: 4 },
        t: [{ a: 8 }, 96],
        u: 6
      },
      q: { u: { i: { a: { l: 36 } } } },
      r: {
        a: [
          {
            d: { o: 4 },
            g: 2,
            i: 36,
            l: [{ s: 33 }, 4],
            m: 19,
            n: { e: 3 },
            t: { o: { r: 15 } }
          },
          6
        ],
        b: { i: { n: 5 } },
        c: { h: [{ i: 3 }, 0] },
        d: { u: 0 },
        e: [
          {
            a: { d: 4, r: 7 },
            c: { a: 7 },
            f: 5,
            g: 5,
            i: 1,
            o: { l: 18 },
            s: { c: 1, h: 5, s: 1, t: { a: { t: 16 }, e: 4 } },
            t: { t: 4 },
            v: 2,
            x: 35
          },
          30
        ],
        f: { r: 0 },
        g: { n: 4 },
        i: [
          {
            ".": 33,
            a: { ".": 1, n: 33 },
            c: { i: [{ d: 7 }, 2] },
            e: { n: 12 },
            f: 1,
            g: [{ a: 7 }, 35],
            n: { o: 2 },
            o: { ".": 33, n: 4, s: 33 }
          },
          6
        ],
        k: { a: 7 },
        m: [{ i: 20 }, 30],
        n: { a: 13, i: { s: 35, t: 1 } },
        o: { n: { e: 1 }, o: 36, s: { e: 4, o: 4 }, u: 6 },
        r: { e: { l: 50, s: 50 } },
        s: { c: 0, e: { y: 0 }, t: { i: 0 } },
        t: [
          {
            a: { n: 5, t: 5 },
            e: { r: 5, s: { ".": 4 } },
            h: { i: 1, r: 0 },
            i: { t: 0, z: 5 },
            o: { r: 0 },
            r: { a: 4, e: 5 }
          },
          30
        ],
        u: [{ n: 0 }, 40],
        y: { p: 7 }
      },
      s: {
        a: { i: 7, l: 1, r: 18 },
        c: [
          { a: 0, e: 0, h: 38, i: 28, l: { e: { r: { o: { s: 127 } } } } },
          43
        ],
        e: {
          c: [{ u: 3 }, 32],
          g: 7,
          n: { c: 4, s: 12 },
          o: 4,
          r: 19,
          t: 38,
          u: 4
        },
        i: {
          a: [{ l: 2, n: 2 }, 32],
          d: { e: 4 },
          e: { r: 32 },
          f: 4,
          n: 6,
          s: 28
        },
        k: { e: 36 },
        o: { n: 36, p: { h: 32, o: 1 } },
        p: [{ e: { c: 32 }, i: 6 }, 33],
        s: { a: [{ r: 7 }, 0], i: { t: 0 } },
        t: {
          a: [{ g: { e: 7 }, r: 0 }, 33],
          e: { e: 4, n: [{ t: 16 }, 4] },
          i: { c: { a: 7 }, l: 1 },
          o: { m: { e: 36 }, r: 5 }
        },
        u: [{ r: 6 }, 33]
      },
      t: [
        {
          a: {
            g: 13,
            l: { i: { t: 36 } },
            m: 1,
            n: { i: { c: 0 } },
            p: 32,
            t: { i: { o: 0 } },
            v: 53,
            x: 32
          },
          e: { d: 28, r: { m: 19 }, s: { t: { a: 4 } } },
          h: [
            {
              a: { l: { a: { m: 127 } } },
              e: { r: { i: { n: 7 }, m: [{ a: 15 }, 36] } },
              o: { r: 36 }
            },
            33
          ],
          i: {
            a: 36,
            l: { l: 36 },
            n: { i: { z: 60 } },
            v: [{ a: 32, i: 36 }, 0]
          },
          o: [{ n: { e: 36 }, r: { n: 28 }, u: 28 }, 41],
          r: 64,
          u: { r: { i: 12 } },
          y: { l: { e: 5 } }
        },
        30
      ],
      u: [
        {
          a: 93,
          b: [{ r: 4 }, 9],
          c: { a: 4, o: 4 },
          d: { i: 7 },
          e: [{ t: 1 }, 33],
          g: [{ a: 4, h: { t: { i: 16 } }, i: 4 }, 2],
          l: { t: [{ i: 18 }, 2] },
          m: 1,
          n: [
            {
              d: [{ a: 18, e: { l: 18 } }, 9],
              g: { i: { n: 7 } },
              t: { r: 5 }
            },
            30
          ],
          p: { l: { i: 7 } },
          r: { e: { r: 5 } },
          s: { a: { n: 4 }, e: 30, i: { a: 35 }, s: 19 },
          t: { i: { s: { h: 7 } } },
          v: { a: 7 }
        },
        134
      ],
      v: {
        a: { l: { e: 5 }, r: 36, t: { i: 33 } },
        e: {
          l: { i: { n: { g: 4 } } },
          r: { ".": 28, b: 3, s: 3 },
          t: { e: 0 }
        },
        i: { d: { e: { n: 18 } }, s: [{ o: 18 }, 43] },
        o: { s: 84 }
      },
      w: {
        a: { g: 1, n: 1, y: 36 },
        d: { i: 2, l: 5 },
        e: { l: [{ l: { i: 18 } }, 6] },
        h: { a: 4, i: { t: { h: 49 } } },
        i: [{ n: [{ e: 7 }, 4] }, 6],
        s: [{ h: 4, l: 4 }, 2],
        y: 4
      },
      x: [{ i: [{ c: { o: { l: 18 } } }, 1], o: 4 }, 28],
      y: [{ a: 4, s: 2 }, 30],
      z: [{ o: [{ i: 7 }, 43], y: { g: 32 } }, 30]
    },
    p: {
      a: {
        ".": 33,
        c: { t: { e: 2 } },
        d: { o: { u: 4 }, r: 2 },
        e: { s: 19 },
        g: { a: { n: 1, t: [{ i: 2 }, 33] } },
        i: { n: 42, r: { m: 33 } },
        l: { a: { n: 4 }, i: { n: 5 }, o: 1, s: 28 },
        n: { a: { c: 7 }, e: 20, i: 5 },
        p: { a: 0, e: 1, u: 5, y: 1 },
        r: [{ a: { s: 18 }, l: 5, o: { c: 1, l: 1, n: 7 } }, 29],
        s: [{ s: { i: { v: { e: 18 } } }, t: [{ i: { n: 2 } }, 20] }, 94],
        t: {
          e: { r: 1 },
          i: { n: 19 },
          o: 36,
          r: { i: { c: [{ i: { a: 4 } }, 2] } }
        },
        u: [{ l: { e: 18 }, p: 5 }, 35],
        v: { i: { l: 4 } },
        w: [{ k: [{ i: 7 }, 19] }, 35]
      },
      b: 45,
      c: 77,
      d: 119,
      e: {
        ".": 30,
        a: { r: { l: { i: 16 } } },
        c: { o: 0, t: { u: 2 } },
        d: [{ a: 160, e: 34, i: [{ s: 5 }, 34], s: 34, u: 8 }, 30],
        e: 28,
        f: 8,
        l: { e: [{ o: 4 }, 33], v: 7 },
        n: {
          a: { t: 2 },
          c: 83,
          d: { e: { r: 18 }, r: 7 },
          i: { c: 2 },
          n: 165,
          s: { a: { t: { i: 18 } } },
          u: 7
        },
        o: { n: 4 },
        r: {
          c: [{ e: { n: { t: 127 } } }, 35],
          e: [{ m: { i: 16 } }, 33],
          i: 28,
          n: 182,
          o: { n: 32, s: { ".": 2 } },
          t: { i: { n: 7, s: 18 } },
          v: 5,
          y: 28
        },
        s: [{ s: 82, t: { i: { l: 7 } } }, 30],
        t: [{ a: { l: { l: 7 } }, e: { n: 5 }, i: 8, r: 5 }, 34],
        w: { a: 0 },
        x: 33
      },
      f: 43,
      g: 36,
      h: {
        ".": 30,
        a: {
          e: 33,
          g: { e: { d: 7 } },
          l: { ".": 4 },
          n: [{ t: { i: 16 } }, 8]
        },
        e: [{ s: { i: 4 }, t: 1 }, 2],
        i: { b: 34, c: 33, l: 29, n: 2, s: 6, t: { h: 7 } },
        l: 8,
        o: [
          {
            b: { l: 33 },
            n: { e: { d: 33 } },
            r: [{ i: { z: 4 } }, 34],
            s: { p: 3 },
            u: 1
          },
          29
        ],
        r: { a: 34 },
        s: 33,
        u: [{ i: 7 }, 29],
        y: { ".": 30, l: 34 }
      },
      i: {
        ".": 33,
        a: { r: 34 },
        c: { a: [{ l: 36 }, 33], o: 1, r: 0, t: 19 },
        e: [{ s: { t: 28 }, t: { i: 4 } }, 38],
        f: { i: { e: 36 } },
        g: { n: 5 },
        l: [{ e: 34, l: { i: { n: 18 } }, o: [{ t: 1 }, 35] }, 38],
        m: 9,
        n: { e: [{ t: 7 }, 2], g: { e: 34 }, n: 28, s: 83 },
        o: 98,
        p: { a: 2, e: 0 },
        q: 35,
        r: { a: { c: 7 }, t: 2 },
        s: { ".": 28, c: 28, s: [{ a: 18 }, 9], t: { i: { l: 7 }, r: 2 } },
        t: { u: 38 }
      },
      k: 183,
      l: [
        {
          a: [
            {
              n: { o: 7, t: { e: { r: 16 } } },
              s: { t: { i: { c: { i: 18 } } } },
              t: { o: 67 }
            },
            29
          ],
          e: { ".": 33, d: { ".": 33 }, g: 34, n: 34, s: 30 },
          i: { s: { m: 33, t: 33 } },
          u: { m: [{ b: { e: [{ r: 16 }, 19] } }, 9] },
          y: 28
        },
        156
      ],
      m: 45,
      n: [{ o: { s: 19 } }, 30],
      o: [
        {
          ".": 33,
          c: { a: 1 },
          d: 34,
          f: 33,
          i: { d: 97, s: { i: 18 } },
          l: { e: { m: { i: { c: 4 } } }, y: [{ s: 3 }, 184] },
          m: { a: { n: 16 }, e: 2 },
          n: [
            {
              a: { c: 2 },
              c: { e: 2 },
              i: { e: 185, f: 34 },
              t: { a: 7 },
              y: 30
            },
            134
          ],
          p: { a: 0, l: { e: 4 } },
          r: {
            a: { t: { o: 33 } },
            e: { a: 5, d: 33 },
            i: { f: 19 },
            p: 5,
            t: [{ i: { e: 7 } }, 34]
          },
          s: [{ s: 171 }, 165],
          t: { e: 6 },
          u: {
            l: { t: { e: 16 } },
            n: { d: { e: { r: 16 } } },
            t: { e: { r: 18 } }
          },
          x: { i: 36 },
          y: 35
        },
        29
      ],
      p: [
        {
          a: { r: [{ a: { t: 15 } }, 3] },
          e: { n: { e: 28 }, t: 3 },
          h: 2,
          i: { c: 2 },
          l: { e: { d: 28, r: 36, t: 36 } },
          r: { e: { s: { s: { o: 15 } } }, o: { b: { a: 16 } } }
        },
        71
      ],
      r: [
        {
          a: { c: 140, d: 7, r: 19 },
          e: {
            ".": 33,
            b: 3,
            d: 20,
            f: { e: { r: { e: 18 } } },
            l: { a: { t: { e: 18 } } },
            m: [{ a: { t: 7 } }, 34],
            n: 3,
            s: { a: 3, c: { i: { n: 7 } }, e: 32, s: { i: 35 } }
          },
          i: {
            c: { i: 35 },
            e: { s: 2 },
            m: 88,
            n: { g: { e: { r: 16 }, i: 16 } },
            o: [{ l: 36, s: 2 }, 33],
            s: { i: { n: 18 } },
            v: [{ a: 33 }, 42]
          },
          o: {
            ".": 33,
            b: { o: 5 },
            c: { a: 143, h: 2 },
            l: 20,
            n: { a: 19 },
            p: { h: { e: 16 }, y: { l: 15 } },
            r: 186,
            s: { i: 19, t: { r: 18 } },
            t: { h: 5 }
          },
          y: 33
        },
        68
      ],
      s: [
        {
          a: { c: 32, l: { t: 18 } },
          h: 32,
          i: [{ n: { ".": 36 } }, 43],
          o: { m: 5 },
          t: 43,
          u: { l: { i: 3 } },
          y: { c: 34 }
        },
        44
      ],
      t: [
        {
          a: { b: 1, d: 28, n: 28, r: [{ c: 4 }, 38] },
          e: { d: 43, n: { a: 36, n: 4 }, r: { y: 35 }, t: 36 },
          i: { c: 0, e: 36, l: 32, n: [{ e: 0 }, 58], s: { e: 32, i: 36 } },
          o: { m: 36 },
          r: 28,
          u: 43
        },
        44
      ],
      u: {
        b: [{ e: 4 }, 20],
        c: [{ h: 19 }, 2],
        d: { i: { c: 19 } },
        e: { r: 4 },
        f: { f: { e: { r: 18 } } },
        l: { a: { r: [{ ".": 4 }, 0] }, i: { s: 4 } },
        m: [{ o: 2 }, 89],
        n: [{ a: 2, c: 34, g: { i: 7 }, i: 5, t: 9 }, 28],
        p: { i: 1 },
        r: { b: 7, c: 5 },
        s: [{ h: { i: { e: 19 } } }, 28],
        t: { a: { t: 1 }, i: { s: 72 }, r: 1 }
      },
      w: 64,
      y: [{ e: 1, g: 34, l: 34, r: { e: 5 }, t: 4 }, 187]
    },
    q: {
      f: 33,
      u: [
        {
          a: { k: 35, r: 33, t: { i: { o: 7 } } },
          e: { ".": 30, r: { a: 34, e: 33 }, s: { ".": 33 }, t: 29 },
          i: { n: { a: 35 }, r: 35, t: { o: 34, u: 33 } }
        },
        0
      ]
    },
    r: {
      a: {
        ".": 33,
        b: { a: 1, e: 35, i: { n: 81 }, o: [{ l: 1 }, 38] },
        c: { a: 2, u: [{ l: { a: 7, o: 4 } }, 38] },
        d: [{ e: 0, i: { n: { e: 2 } } }, 38],
        g: { o: { u: 7 }, r: 1 },
        i: { l: { l: 34 }, s: { t: 4 } },
        l: { i: { a: 33 }, y: 1 },
        m: { n: 36, u: 1 },
        n: {
          d: { i: [{ s: { h: 7 } }, 28], u: 2 },
          e: { e: 4 },
          g: { e: { n: 2 } },
          i: { a: 1 },
          o: { i: 1 },
          t: [{ e: { d: 7, l: 35 }, i: { n: 18 }, o: 18 }, 9]
        },
        p: { o: { l: 16 }, t: { o: 7 } },
        r: { c: 33, e: [{ f: 5 }, 42], i: { a: { ".": 7 } } },
        s: [
          {
            c: 5,
            e: 38,
            k: 28,
            o: 1,
            s: { a: 18, i: { n: 18 } },
            t: { e: 188 }
          },
          9
        ],
        t: {
          a: { p: 4, t: 4 },
          e: { u: 7 },
          h: { e: 19 },
          i: { f: 5, n: { ".": 2 } },
          o: { c: 4, l: 60, m: 110, s: 0 },
          u: { i: 4, m: 7, r: 5 }
        },
        v: { a: { i: 7 }, e: { l: { i: 7 } }, i: { t: 5 } },
        w: { n: 19 },
        z: { i: { e: 1 } }
      },
      b: [
        {
          a: [{ g: 28, l: { i: 1 }, n: 6, r: 3 }, 38],
          e: [{ c: 7, l: [{ o: 18 }, 32], n: { t: 1 }, s: 28 }, 38],
          i: [{ c: [{ u: 18 }, 19], n: [{ e: 36 }, 38], t: 140 }, 8],
          o: { s: 38 },
          u: { m: 28, t: 67 }
        },
        43
      ],
      c: [
        {
          a: { n: { t: 16 }, s: 2 },
          e: {
            l: { e: 28 },
            n: { e: { r: 18 }, t: { e: { n: { a: 18 } } } },
            s: 38
          },
          h: {
            a: { i: 3, l: 5, r: { d: 7 }, t: { e: 7 } },
            e: { o: 32, r: 28 },
            i: { e: { r: 2 }, n: 28, s: 5, t: 32 }
          },
          i: { l: 19, n: { o: { g: 7 } }, s: 42, z: { i: 19 } },
          l: [{ e: 28, o: 36 }, 38],
          o: { l: { o: 12 } },
          r: { i: { t: [{ i: 49 }, 16] } },
          t: [{ i: 4 }, 2]
        },
        41
      ],
      d: {
        a: { m: 36, n: [{ ".": 0 }, 189], r: 38 },
        e: { l: 103, n: { s: 32 }, s: [{ s: 4 }, 28] },
        i: { a: { n: 4 }, e: 28, g: 36, n: [{ g: 1 }, 8], o: 5, s: 179 },
        l: { e: { r: 4 }, i: 1 },
        o: { l: 28, u: { s: 4 } }
      },
      e: [
        {
          ".": 33,
          a: [
            {
              ".": 28,
              c: { t: { i: { v: 16 } } },
              f: 1,
              g: 1,
              l: { t: 4 },
              m: { b: 4 },
              n: { i: 1, t: 4 },
              s: { c: 4, o: 3 },
              u: 36,
              v: 34
            },
            2
          ],
          b: { r: { a: { t: { e: 36 } } }, u: { c: 7 } },
          c: {
            a: { l: 1 },
            c: { e: 2 },
            e: [{ d: { e: { n: 16 } } }, 1],
            h: { a: 1 },
            i: { s: { i: 18 } },
            r: 190,
            t: { r: 82 },
            u: 1
          },
          d: [{ e: 6, i: { s: 1 }, o: { l: 0 }, r: 6 }, 187],
          e: { d: { i: 18 }, m: 5, r: 34 },
          f: { e: 8, i: { n: 1 } },
          g: { a: { l: { i: 4 } }, r: { a: 4, e: 1, i: 5, o: 1 }, u: { l: 5 } },
          i: [{ f: 1, n: 6, s: 1, t: [{ i: 19 }, 3] }, 2],
          l: {
            a: 6,
            e: [{ d: 33 }, 6],
            i: { a: 1, c: 5, g: 4, q: 19 },
            l: { i: 5 }
          },
          m: {
            ".": 36,
            a: { c: 7, n: { d: 12 }, t: { o: 7 } },
            p: 32,
            u: { l: 7 }
          },
          n: {
            a: [{ t: 7 }, 19],
            d: { i: 28 },
            e: [{ s: 2 }, 42],
            i: [{ c: 16, t: 2 }, 28],
            t: { e: { r: 2 } },
            u: { m: 4 }
          },
          o: { c: 1, g: 34, l: { a: 4, i: 1 }, s: 34 },
          p: {
            e: [{ r: 0 }, 6],
            h: 4,
            i: { d: 7, n: 1 },
            l: { e: 1 },
            r: { e: 0 }
          },
          q: 6,
          r: { a: 2, e: [{ a: 4 }, 19], u: 24 },
          s: {
            ".": 30,
            c: { r: 1 },
            e: { l: 1, m: 1, r: 1 },
            i: { s: { t: 7 }, t: 4 },
            p: { e: 1 },
            q: 32,
            t: { a: { l: 4 }, e: { r: 18 }, u: 4 }
          },
          t: {
            a: { r: 34 },
            e: { n: 1, r: [{ m: 4 }, 191] },
            o: [{ n: 4 }, 63],
            r: { a: 1, e: 1, i: 4 },
            u: 1
          },
          u: { n: 1, r: 19 },
          v: [{ e: { l: 5 }, i: { t: 19 } }, 6]
        },
        38
      ],
      f: [{ l: 0, u: { m: 2 } }, 43],
      g: [
        {
          a: { g: 28, l: 19 },
          e: [{ e: 36, n: { e: 28 }, o: 32, r: 32 }, 38],
          l: { i: 4 },
          u: { f: 7 }
        },
        41
      ],
      h: [{ e: { l: 131, o: { l: 7 } }, o: { s: 19 }, y: 65 }, 8],
      i: {
        ".": 33,
        a: { m: 1, p: 4 },
        b: [{ o: 1 }, 47],
        c: {
          a: { t: { u: 18 } },
          e: 30,
          h: { o: { m: 18 } },
          k: { e: { n: 19 } },
          l: [{ i: 4 }, 28],
          o: { l: 1, r: 4 },
          r: { a: 0 },
          u: 30
        },
        d: { a: { l: 2 }, e: 2 },
        e: { l: 4, r: 1, s: 8 },
        f: { t: { e: { r: 18 }, i: { e: 7 } }, u: { g: { a: 35 } } },
        g: { a: { m: 4, n: { t: 7 } } },
        l: {
          a: 17,
          e: 28,
          l: { e: { r: { ".": 18 } }, i: { n: { g: { s: 18 } } } }
        },
        m: {
          ".": 33,
          a: [{ g: 19, n: 192, t: 5 }, 8],
          b: 28,
          e: { n: 12 },
          m: 33,
          s: 33
        },
        n: {
          e: [{ t: 28 }, 2],
          g: { i: { e: 18 } },
          k: { e: { r: 18 } },
          o: 28,
          s: [{ i: 18 }, 2],
          t: { e: { r: 14 } }
        },
        o: [{ g: 2, n: { e: 35 }, p: 0, r: 4 }, 1],
        p: { a: 193, i: { e: 4 }, l: { i: { c: { a: 7 } } } },
        r: 4,
        s: {
          c: 2,
          i: { s: 2 },
          p: [{ a: 2, e: 2 }, 38],
          t: { e: { r: 7 }, i: 33 }
        },
        t: { o: { n: 1 }, r: 53 },
        v: [
          { a: { l: [{ l: 4 }, 2] }, e: { l: { i: 7 }, n: 5 }, i: { l: 5 } },
          141
        ],
        z: { o: 60 }
      },
      j: 43,
      k: [
        {
          a: { s: 36, t: { i: 4 } },
          e: { l: { l: 36 }, n: { i: 4 }, r: 6, t: 32, y: 32 },
          i: { e: { r: 32, s: { t: 36 } }, n: { ".": 36, s: 36 } },
          s: { m: { e: 2 } }
        },
        38
      ],
      l: {
        a: [{ t: 3 }, 43],
        e: 43,
        i: { c: 92, n: { e: 32, s: 36 }, t: 28 },
        o: 43
      },
      m: {
        a: {
          c: [{ e: 7 }, 32],
          d: 36,
          l: 38,
          n: { c: 28, o: 28 },
          r: { i: 28, y: 28 },
          s: 0,
          t: { i: 113, o: { c: 7, l: 53 } }
        },
        e: { a: 9 },
        i: {
          c: [{ a: 0 }, 38],
          d: 119,
          e: 0,
          g: 36,
          l: 18,
          n: { e: 19, g: [{ ".": 28 }, 1] },
          t: { e: { ".": 28 } }
        },
        o: { c: 32, l: 19 },
        u: [{ l: { i: 5 } }, 43]
      },
      n: [
        {
          a: { b: 1, c: 32, d: 36, r: 4, t: { e: 1, i: { n: 4 } } },
          e: { d: { l: 4 }, l: 32, s: { s: 32, t: 4 }, t: 32, y: 32 },
          i: {
            a: 36,
            b: 4,
            c: 32,
            n: [{ e: 0 }, 1],
            s: [{ t: 1 }, 43],
            v: 7,
            z: 1
          },
          n: 4,
          o: { c: 32, g: 36 },
          t: 2,
          u: { c: 19, t: 36 }
        },
        156
      ],
      o: {
        ".": 33,
        b: { e: 0, l: { e: 5 }, r: 4 },
        c: { c: 35, u: 1 },
        d: [{ o: 1, y: { n: 19 } }, 38],
        f: { e: 6 },
        g: { n: 1 },
        i: [{ c: 1, d: 3 }, 33],
        l: { a: 1, e: { d: 28 }, i: { t: { e: 7 } }, y: 1 },
        m: {
          a: { n: { t: 49 } },
          e: { l: 4 },
          i: { t: 1 },
          o: { l: { e: { c: 127 } } },
          p: 2,
          u: 1
        },
        n: {
          a: { c: 2, l: 33, t: { e: 4 } },
          c: { h: 7 },
          d: { o: 2 },
          g: { i: 18 },
          m: { e: 36 },
          o: 6,
          t: { o: { n: 2 } }
        },
        o: [{ m: 29, t: 35 }, 2],
        p: [
          { ".": 33, e: { l: 1 }, i: { n: { e: 2 } }, r: 28, t: { e: 36 } },
          38
        ],
        r: { d: 7, e: 33 },
        s: {
          a: 28,
          i: { a: 19 },
          o: { l: 4 },
          s: 33,
          t: { a: { t: 4 }, i: [{ t: 7 }, 2] }
        },
        t: { a: { t: 1 }, e: [{ r: 0 }, 6], u: 1 },
        u: {
          e: 35,
          l: 3,
          n: { d: { e: { r: 16 } } },
          s: { e: { l: 7 }, s: 33 },
          t: 28
        },
        w: [{ e: { r: 5 } }, 28],
        x: 33
      },
      p: {
        a: { s: { s: { i: { n: 16 } } }, t: 1 },
        e: [{ n: { t: 32 }, r: { ".": 4 } }, 9],
        h: [{ e: 7, o: { l: 32 } }, 38],
        i: { n: { g: 1 }, s: 4 },
        o: { l: { a: 3 }, u: 84 },
        r: { e: [{ t: { e: { r: 16 } } }, 19] },
        u: 32
      },
      q: 43,
      r: [
        {
          a: { h: 2, n: { g: { i: 18 } }, p: 19 },
          e: { l: 9, o: 195 },
          h: { e: 3 },
          i: [
            {
              c: [{ u: 12 }, 19],
              f: { y: { ".": 2 } },
              n: { g: { e: 18 } },
              o: { s: 2 }
            },
            32
          ],
          o: { b: 3, g: 18, t: 2 },
          u: 36,
          y: [{ i: 32, m: 32 }, 7]
        },
        194
      ],
      s: [
        {
          a: { g: 28, l: [{ i: { s: 36, z: 36 } }, 38], n: 38, r: 28 },
          e: [
            { a: 32, c: 32, l: [{ l: 16 }, 19], r: { ".": 1, s: 1 }, t: 32 },
            38
          ],
          h: { a: 32, i: [{ e: 28 }, 32] },
          i: { a: 105, b: 1, e: 36, l: 28, n: { g: 1 }, o: 32, t: 28, v: 1 },
          l: { i: 4 },
          t: { o: { r: 12 }, r: { a: { t: 49 } } },
          u: [{ s: 28 }, 32],
          w: { e: { a: { r: 49 } } }
        },
        62
      ],
      t: [
        {
          a: { b: 1, g: [{ e: 1 }, 2], r: [{ e: 28 }, 32] },
          c: 1,
          e: {
            d: [{ l: 28 }, 43],
            l: 139,
            n: { d: 36, i: 1 },
            r: { e: { r: 36 } },
            t: 36,
            u: 36
          },
          h: {
            e: { n: { e: 28 } },
            i: [{ n: { g: { ".": 7 } } }, 9],
            r: { i: 5 }
          },
          i: {
            c: [{ l: 28 }, 77],
            e: { t: 36 },
            l: { a: 36, l: [{ e: 18 }, 36], y: 4 },
            n: [{ a: 32, g: 1 }, 38],
            t: { i: 32, u: 7 },
            v: 1,
            z: 38
          },
          l: { e: { t: 4 }, i: 1 },
          o: [{ l: 7 }, 77],
          r: { i: { d: 4 } },
          s: { i: 4 },
          u: [{ s: 28 }, 43],
          w: { i: { s: 12 } }
        },
        8
      ],
      u: {
        a: 1,
        b: { e: 28, r: 5 },
        c: { e: 0 },
        d: 38,
        e: { l: 2 },
        f: 28,
        i: { n: 1, s: { i: 18 } },
        l: 8,
        m: { e: 28, i: 28, o: { r: { e: 0 } } },
        n: {
          c: { l: 2, u: [{ l: 15 }, 12] },
          d: 180,
          e: [{ t: 4 }, 9],
          g: 2,
          t: 2
        },
        p: [{ l: { i: { c: 7 } }, u: 1 }, 8],
        r: { i: 2 },
        s: { p: 2, t: { a: { t: 18 }, e: { e: 18 }, i: { c: 7 }, u: 14 } },
        t: { a: { l: 1 }, i: 1 }
      },
      v: [
        {
          a: { n: { c: 28 } },
          e: [
            {
              l: { i: 19 },
              n: [{ e: 19 }, 32],
              r: { ".": 4, s: { ".": 4 } },
              s: { t: 32 },
              t: 32,
              y: 32
            },
            38
          ],
          i: { t: 2 }
        },
        41
      ],
      w: 43,
      y: [
        {
          e: { r: 4 },
          g: { m: 35, o: 0 },
          m: { b: 2 },
          n: { g: { o: [{ l: 33 }, 34] } },
          p: { a: 7 },
          t: [{ h: { i: 19 } }, 8]
        },
        47
      ],
      z: 38
    },
    s: {
      a: {
        ".": 30,
        b: [{ l: 32 }, 30],
        c: { k: 35, q: 2, t: [{ e: 2 }, 32] },
        d: { i: 7, o: 7 },
        e: 35,
        g: 0,
        i: [{ n: { t: 19 } }, 34],
        k: 35,
        l: [{ a: { c: 4 }, e: 34, i: { e: 1 }, t: 112, u: 1 }, 8],
        m: [{ i: { n: 4 }, o: 7, p: 19 }, 0],
        n: {
          a: 5,
          d: { e: { d: 2 } },
          e: 112,
          g: { a: { r: 7 } },
          i: { f: 7 },
          t: [{ r: { i: 18 } }, 30]
        },
        p: [{ r: 5 }, 32],
        r: { s: 7 },
        s: { ".": 34, s: [{ e: { m: 49 } }, 5] },
        t: [{ e: 8, i: { v: 36 }, o: { r: { y: 36 } }, u: 20 }, 196],
        u: [{ c: { i: 7 }, r: 18 }, 29],
        v: { i: 42, o: { u: 1 } }
      },
      b: [{ e: { i: 28, s: 2 }, y: 5 }, 56],
      c: [
        {
          a: [{ l: { e: { n: 7 } }, p: 9, r: { c: 19 }, v: 3 }, 43],
          e: [{ d: 28, i: 33, s: 110 }, 43],
          h: 9,
          i: { d: 18 },
          o: [{ f: 19, i: 28, p: { e: 165, i: { c: 35 } } }, 38],
          r: { i: { p: { t: { i: 35 } } } },
          u: [{ r: { a: { ".": 33, s: 33 } } }, 45]
        },
        8
      ],
      d: 62,
      e: {
        ".": 30,
        a: [{ m: 28, s: 19, w: 5 }, 8],
        c: { a: [{ n: 7 }, 2], o: [{ n: 12 }, 8] },
        d: [{ a: 0, i: { t: 2 } }, 30],
        e: { d: 34 },
        i: [{ g: 5 }, 34],
        l: { a: 35, e: [{ c: 1, n: 16 }, 33], f: 35 },
        m: { e: 187, i: [{ d: 18 }, 9], o: 2 },
        n: {
          g: 7,
          s: [{ a: { t: { i: 7 } }, o: { r: { i: 7 } } }, 34],
          t: { e: { e: 18 }, m: 35 }
        },
        o: { l: { o: { g: 7 } } },
        p: [{ a: 5, s: { i: 2 }, t: [{ i: 5 }, 34] }, 8],
        r: { a: { n: 2 }, e: { n: { e: 4 } }, t: { o: 2 }, v: { o: 33 } },
        s: [{ ".": 33, h: 4, t: { a: 36 } }, 38],
        t: 29,
        u: { m: 35 },
        v: [{ e: { n: 5 } }, 34],
        w: { o: 19 },
        x: [{ o: 42 }, 34],
        y: 34
      },
      f: [
        {
          a: { c: { t: { o: 16 } } },
          i: 2,
          o: { r: { e: 18 } },
          r: { a: { n: 16 } }
        },
        45
      ],
      g: 132,
      h: [
        {
          a: { b: [{ i: 0 }, 33] },
          e: { r: 6, t: 4 },
          i: { l: { l: { i: 18 } }, n: { e: { s: { s: 4 } } }, o: 1, p: 35 },
          o: { n: 32 },
          u: 88,
          y: { s: 19 }
        },
        38
      ],
      i: {
        a: { l: { l: 0 }, s: { t: 16 } },
        b: 64,
        c: { a: { t: 32 }, c: 34, l: 97, u: [{ l: 4 }, 0] },
        d: [
          {
            ".": 33,
            e: [{ l: 18, n: 5, r: { i: 7 } }, 0],
            s: 33,
            u: { a: 197 }
          },
          28
        ],
        e: { r: { s: 0 } },
        f: [{ f: 7 }, 2],
        g: 0,
        l: { i: 29 },
        m: { p: { l: { y: 2 } } },
        n: [
          {
            e: [{ t: 7 }, 38],
            g: { e: { r: 198 } },
            i: 5,
            k: 35,
            o: { l: 4 },
            u: { s: 1 }
          },
          30
        ],
        o: [{ ".": 33, s: 200 }, 199],
        p: [{ r: 0 }, 34],
        s: [{ h: 33, m: 33, t: { a: 3, o: 3 } }, 148],
        t: [{ e: 0, o: { m: 7 } }, 43],
        v: [{ a: 35 }, 64]
      },
      j: 43,
      k: [
        {
          ".": 33,
          a: { r: 36 },
          e: [{ t: 32, y: 36 }, 9],
          i: { e: { r: 32, s: { t: 36 } }, l: { y: 4 }, n: { e: { s: 4 } } },
          s: 33,
          y: { l: 5 }
        },
        156
      ],
      l: [
        {
          a: { n: { g: { i: 16 } }, t: 43, u: 34, v: { e: { r: { i: 18 } } } },
          e: [{ a: 36, t: 32, y: 36 }, 38],
          i: { t: 32 },
          o: { c: 5, v: 18 },
          u: { c: 36 }
        },
        101
      ],
      m: [
        {
          a: { n: 32, s: 19 },
          e: { n: 32 },
          i: { g: 5, t: { h: 34 } },
          o: { d: 2 },
          u: { t: { a: { t: { i: { o: 7 } } } } }
        },
        132
      ],
      n: [{ a: 38 }, 41],
      o: {
        ".": 30,
        d: [{ o: 5, y: 19 }, 124],
        e: 34,
        i: { d: 56 },
        l: [
          {
            a: [{ n: 4 }, 5],
            e: { r: 2 },
            i: { c: 1 },
            v: { e: [{ r: 18 }, 34] }
          },
          38
        ],
        m: [{ a: { t: { o: 18 } }, e: { ".": 34, t: { e: 4 } }, o: 1 }, 68],
        n: { a: [{ t: 7 }, 38], e: 28, o: { r: 7 } },
        p: 156,
        r: { i: { e: 125, o: 35, t: 2, z: 36 }, o: 5, y: 32 },
        s: [{ e: 33 }, 2],
        t: { h: 4 },
        u: 34,
        v: { e: 7, i: 1 }
      },
      p: {
        a: { s: { t: 12 } },
        e: { n: { s: { a: 16 } }, o: 33, r: { m: 34, o: 36, s: { a: 16 } } },
        h: [{ a: 32, e: { r: 34 } }, 9],
        i: {
          c: { u: { l: 18 } },
          d: [{ ".": 4 }, 38],
          e: { r: 36 },
          l: { l: 19 },
          n: [{ g: 1, i: 7 }, 38],
          t: { a: { l: 15 } }
        },
        l: [{ e: 42, y: 28 }, 43],
        o: [{ m: 35, n: { g: { i: 18 }, s: 34 }, o: { n: 34 } }, 38],
        r: { u: { d: 18 } },
        y: 28
      },
      r: [{ e: [{ g: 18, p: { u: 18 }, s: 2 }, 9] }, 43],
      s: [
        {
          a: [{ m: 201 }, 43],
          e: {
            l: 43,
            n: { g: 36, t: [{ e: { r: 16 } }, 32] },
            r: { ".": 1, i: 36, s: 1 },
            u: 36,
            v: 3
          },
          i: {
            a: 32,
            c: 43,
            f: 43,
            n: [{ ".": 0, e: 28 }, 6],
            s: { ".": 0 },
            t: 86,
            v: { i: 0 }
          },
          l: { i: 4 },
          m: 1,
          n: 28,
          o: [
            { l: { u: [{ b: 12 }, 3] }, r: { e: 28, i: { a: { l: 18 } } } },
            43
          ],
          p: { o: 4 },
          u: 43,
          w: 1
        },
        33
      ],
      t: [
        {
          ".": 33,
          a: {
            b: [{ i: 5 }, 42],
            k: 33,
            l: { e: 28 },
            n: { t: { i: { v: 16 } } },
            s: { ".": 32 },
            t: { i: { c: 35 } }
          },
          c: 1,
          e: [
            {
              a: { r: 7, t: 7 },
              b: 28,
              c: 28,
              d: [{ l: 28, n: 28 }, 64],
              r: { e: 33, i: { a: 19 }, n: { ".": 28 }, o: 32 },
              s: { t: 4 }
            },
            9
          ],
          h: [{ a: 28, u: 28 }, 43],
          i: {
            a: 137,
            c: { k: 34, u: 32 },
            l: { l: { e: { r: 18 } }, y: 28 },
            n: { g: 1 },
            r: 83,
            z: 36
          },
          l: [{ e: { r: 1 }, i: 1 }, 33],
          o: {
            e: 28,
            n: [{ e: 50, i: { e: 19 } }, 34],
            r: { a: { t: 36 }, i: { a: { n: 18 } } },
            s: { e: 28 },
            u: 38
          },
          r: { a: { y: 28 }, e: [{ p: 50 }, 19], u: { c: 34, d: 18 } },
          s: 202,
          u: [{ d: 28, m: 2, r: { e: 19 } }, 43],
          w: 33,
          y: [{ l: 29 }, 28]
        },
        8
      ],
      u: {
        ".": 33,
        a: { n: 4 },
        b: [{ t: 42 }, 61],
        c: { t: 19 },
        d: { a: 2 },
        e: { t: 1 },
        f: { f: 5 },
        g: 5,
        i: [{ c: 7, n: { g: 4 } }, 34],
        l: 87,
        m: [{ i: 5 }, 134],
        n: { a: 2 },
        p: { e: 4, i: { n: 1 }, r: { a: 50 } },
        r: { a: { s: 2 }, c: 5, g: 28, p: { l: 5 } },
        s: { u: 4 },
        z: 4
      },
      v: [{ e: { r: { s: { a: 16 } }, s: [{ t: { i: 16 } }, 19] } }, 124],
      w: [{ e: { e: 35, l: { l: { i: 16 } }, r: { e: { d: 33 } } }, o: 30 }, 8],
      y: [
        {
          ".": 33,
          b: { i: 0 },
          c: [{ e: 0, h: { r: 0 } }, 6],
          d: 0,
          l: 29,
          n: [{ e: 7 }, 34],
          p: { h: { o: 4 } },
          r: { i: 7 }
        },
        38
      ]
    },
    t: {
      a: {
        ".": 30,
        b: [{ l: { e: { m: 4 }, i: 34 }, o: [{ l: 1, u: 0 }, 38] }, 30],
        c: { e: 113, h: { o: { m: 4 }, y: 1 }, i: { d: 0 } },
        d: { e: 36, i: 2, j: 203, o: { r: 4 }, r: 9 },
        e: { n: 7 },
        f: 2,
        g: { e: { o: 18 }, o: { g: 4 }, r: 34 },
        h: 34,
        i: [{ l: 34, r: 30, s: 28 }, 29],
        k: 29,
        l: {
          c: 9,
          e: { n: { t: 7 }, p: 4 },
          i: { a: 28, n: 28 },
          l: { a: 82, u: 35 },
          o: 204,
          y: 1
        },
        m: { a: { r: { i: 7 } }, e: { t: 93 }, o: { r: { p: { h: 127 } } } },
        n: {
          a: { t: 7 },
          d: { e: { r: 18 } },
          e: [{ l: 35 }, 28],
          i: { e: 7, z: 36 },
          t: { a: { n: 18 } }
        },
        p: { a: 0 },
        r: { d: 29, i: { a: { ".": 7 } }, k: { i: 18 }, n: 5, r: 34 },
        s: { i: 5, m: 32, s: 35, t: [{ a: 1, i: { c: 205 } }, 2] },
        t: {
          e: { u: 28 },
          i: { s: 34 },
          o: { ".": 28, u: 2 },
          r: 2,
          u: { t: 5 }
        },
        u: { t: { o: 5 } },
        w: { a: 36, n: 19 },
        x: 28
      },
      b: 56,
      c: [{ a: [{ s: 19 }, 43], h: { e: { t: { t: 7 } }, u: 7 } }, 44],
      d: 194,
      e: {
        ".": 33,
        c: { h: { a: 4, n: 35 }, r: 1 },
        d: [{ a: 193, d: 33, o: 33 }, 28],
        e: { i: 33 },
        g: [{ i: { c: 35 }, o: 32, r: 20, u: 5 }, 8],
        i: 2,
        l: [{ e: { d: 33 }, i: { z: 7 }, l: 29, o: 152, s: 34 }, 8],
        m: { a: 5, e: 33, o: { n: 4 } },
        n: {
          a: { g: 2, r: 33 },
          e: 33,
          m: 36,
          n: { a: 35 },
          o: [{ g: 4 }, 33],
          t: { a: 19 }
        },
        o: [{ l: 7 }, 8],
        p: [{ e: 1, i: 7 }, 30],
        r: {
          a: { c: 19, g: 28, t: { o: 28 } },
          b: 75,
          d: 35,
          e: [{ b: 5, c: 7, l: 35, o: 1, s: 169 }, 162],
          i: [{ a: 5, d: 7, f: 7, n: 28, o: { r: { i: { t: 7 } } }, t: 5 }, 29],
          k: 7,
          n: { i: { t: 35 }, o: 7 },
          r: 34
        },
        s: [
          {
            ".": 33,
            i: 19,
            q: 32,
            s: { ".": 32, e: { s: 36 } },
            t: [
              { a: 3, e: [{ r: 18 }, 35], i: { n: 18 }, o: { r: 18 }, u: 7 },
              2
            ]
          },
          47
        ],
        t: { i: 19, r: [{ o: 18 }, 20] },
        w: { a: { r: 5 } },
        x: 34
      },
      f: 124,
      g: 32,
      h: {
        ".": 30,
        a: [{ l: { ".": 4, m: 3 } }, 2],
        e: {
          ".": 33,
          a: [{ s: 4 }, 33],
          d: 33,
          i: 29,
          o: [{ l: 3 }, 34],
          r: [{ a: { p: 35 }, c: 4, d: 36, e: { d: 33 }, n: 1, y: 1 }, 28]
        },
        i: { ".": 33, l: { l: 36 }, n: { k: 34 }, o: 104, s: { ".": 0 } },
        l: { o: 4 },
        m: [{ i: 0 }, 147],
        o: {
          l: { i: 1 },
          o: 99,
          p: { t: 33 },
          r: { e: { s: 33 } },
          t: 34,
          u: { g: 35 }
        },
        r: 68,
        s: 30,
        u: { r: 35 },
        y: { m: 35, r: 34, s: 19 }
      },
      i: {
        ".": 33,
        a: [{ b: 1 }, 68],
        b: [{ u: 60 }, 124],
        c: [
          {
            ".": 32,
            a: { s: 7 },
            i: [{ a: { r: 18 }, n: 81, t: { y: 28 } }, 38],
            o: { l: 1 },
            u: [{ l: { e: 33 } }, 20]
          },
          43
        ],
        d: { ".": 32, a: 28, i: [{ e: 1 }, 34], s: 36 },
        e: { n: 155 },
        f: [{ e: 1, f: 33, i: { c: { ".": 33 } } }, 78],
        g: { i: [{ o: 18 }, 34], m: 33, u: 35 },
        k: { a: 0 },
        l: { e: { t: 0 }, i: { n: 35 }, l: [{ a: { g: 14 } }, 28], t: 28 },
        m: [{ a: 20, e: { t: 206 } }, 29],
        n: [
          {
            a: { d: 60 },
            e: { d: 33, t: 5 },
            g: { i: { n: { g: 18 } } },
            n: 34,
            s: 33,
            t: [{ e: [{ d: 7, r: 18 }, 2] }, 28],
            u: { e: 5 }
          },
          43
        ],
        o: [{ c: 1, l: { a: 3 }, m: { o: 4 }, n: { e: { m: 33 } } }, 29],
        p: [{ l: { e: { x: 4 }, i: 1 } }, 29],
        q: [{ u: { a: 4 } }, 0],
        r: { i: { s: 32 } },
        s: [
          { a: { n: 34 }, c: 2, h: { i: 18 }, s: 34, t: [{ e: 83, r: 28 }, 9] },
          45
        ],
        t: {
          a: { n: 17 },
          h: { e: 19 },
          i: { l: 7, s: 32 },
          l: 34,
          r: { a: 1 }
        },
        u: 34,
        v: [{ a: { l: { l: 7 } }, e: 32, i: { s: 5 } }, 45]
      },
      l: [
        {
          a: [{ n: { t: 12 } }, 43],
          e: { b: 35, d: { r: 35 }, f: 34, m: 34, n: 35, t: { r: 35 }, w: 35 },
          i: [{ n: 19 }, 43]
        },
        30
      ],
      m: [{ e: { t: 42 }, o: { t: 14 } }, 56],
      n: [{ e: { r: { e: 28 } } }, 183],
      o: {
        ".": 30,
        a: { s: 19 },
        b: 6,
        c: { c: 33 },
        d: { e: { c: 18 }, i: 2, o: 4 },
        e: 34,
        g: 29,
        i: { d: 124 },
        k: 35,
        l: { e: { d: 33 }, l: 2, u: 18, y: 4 },
        m: { a: { c: 5, n: 19, t: { o: { l: 16 } } }, b: 2, o: { g: 0, s: 7 } },
        n: { e: [{ a: 7 }, 2], n: 34, s: 5 },
        p: { e: 2, i: { a: 4 }, o: { s: 0 } },
        r: [
          {
            a: { d: 4 },
            e: [{ r: 7 }, 33],
            i: { a: { s: 19 } },
            o: { i: 7 },
            p: 7,
            q: 2
          },
          43
        ],
        s: { ".": 34, p: 13, t: [{ r: 4 }, 2] },
        t: { a: { l: { i: { s: 4, z: 4 } } }, e: { m: 1 }, u: 7 },
        u: { f: 2, r: 35, s: 32 },
        v: 33,
        w: { a: { r: 1 } }
      },
      p: 32,
      r: [
        {
          a: {
            c: { o: 2 },
            d: { d: 33 },
            i: { s: { t: 33 } },
            q: 7,
            r: { c: { h: 49 } },
            v: { e: { n: 7, r: { s: 7 }, s: { t: 18 } } },
            y: 34
          },
          e: {
            ".": 33,
            d: 33,
            m: { o: 2 },
            n: [{ d: { i: 16 } }, 19],
            p: { r: 7 },
            s: { s: 19 },
            w: 33
          },
          i: {
            c: { l: 36, u: 34 },
            e: 38,
            f: { l: { i: 7 }, u: { g: { a: 16 } } },
            l: [{ i: 5 }, 30],
            m: { e: 5 },
            t: 38,
            x: 33
          },
          o: {
            d: 28,
            f: 7,
            o: { p: 35 },
            p: { h: { a: 2 } },
            s: { p: 5 },
            t: [{ o: 36 }, 38],
            v: 20,
            y: 34
          },
          u: { c: 28, i: 5 },
          y: [{ s: 19 }, 187]
        },
        8
      ],
      s: [{ c: 38, h: 0, i: [{ l: 28 }, 8], t: { a: { y: 12 } } }, 64],
      t: [
        {
          a: [{ b: 32, n: 36, s: 36 }, 2],
          e: { d: 32, r: { e: [{ r: 36 }, 28] }, s: { t: 36 } },
          i: [{ t: { u: [{ d: [{ i: 16 }, 49] }, 5] } }, 32],
          l: { e: { r: 32 }, i: 32 },
          o: { i: 36, r: 36, s: 32 },
          s: 4,
          u: { p: { e: 28 } },
          y: 38
        },
        132
      ],
      u: {
        ".": 33,
        a: [{ l: { l: { i: 120 } }, r: { i: 12 } }, 6],
        b: { i: { n: 0 }, u: 4 },
        d: { e: { n: 4 }, i: { e: 7 } },
        e: { n: 4 },
        f: 33,
        i: [{ s: 0 }, 6],
        m: { ".": 30, i: 34, s: 33 },
        n: [{ a: 2, e: 0, i: { t: 7 } }, 34],
        p: { l: { e: { t: 7 }, i: { c: 7 } } },
        r: {
          a: { c: 4, n: 28 },
          b: { a: 3 },
          d: 2,
          f: { i: 18 },
          i: { t: 35 },
          n: 2,
          o: 181
        },
        t: [{ i: { v: 88 } }, 29]
      },
      w: [{ a: 117, i: [{ l: { i: 7 }, t: 32 }, 38], o: [{ n: 19 }, 32] }, 43],
      y: {
        ".": 33,
        a: 0,
        c: { h: 35 },
        l: { e: { t: 0 }, i: 7 },
        m: { i: 4 },
        p: [{ e: 34 }, 29],
        r: 207
      },
      z: [{ i: { a: 36, e: 36 } }, 44]
    },
    u: {
      a: [
        {
          c: { i: 1 },
          g: 38,
          h: 4,
          l: [{ u: 4 }, 43],
          n: { o: 2, t: { i: { s: 18, t: 18 } } },
          r: {
            a: 5,
            d: 9,
            i: [{ n: 19 }, 5],
            t: { e: { r: { s: 7 } }, i: 14 }
          },
          t: { e: { r: { n: 4 } } }
        },
        44
      ],
      b: {
        a: 2,
        b: { l: { y: 4 } },
        i: [{ c: { u: 28 } }, 41],
        l: { i: { n: 1 }, o: 4 },
        r: { a: 1 }
      },
      c: [
        {
          a: 41,
          c: { e: { n: 16 } },
          e: { n: { d: 28 } },
          h: [{ r: 36 }, 28],
          l: 1,
          o: { m: 28, t: 7 },
          t: { r: 8 },
          u: { b: 1, l: 4, m: 36 }
        },
        33
      ],
      d: {
        a: { c: 36, l: 6 },
        e: [{ p: 4, r: 28, v: 19 }, 0],
        g: 0,
        i: {
          c: { i: { n: 2 } },
          e: { d: 1 },
          n: { i: { s: 36 } },
          o: 5,
          t: { i: { o: 36 } }
        },
        o: [{ i: 36, n: 4, r: 36 }, 38]
      },
      e: {
        b: 2,
        d: 28,
        n: { o: 2, t: { e: { r: 2 } } },
        r: { a: 5 },
        s: { s: 2, t: { r: { a: { t: 18 }, i: 7 } } },
        t: 0
      },
      f: [{ a: 34, l: 32, o: 28, t: 2 }, 8],
      g: {
        a: { c: 2 },
        l: { i: { f: 4 } },
        n: { i: 8 },
        o: 28,
        u: { l: 1, r: { a: 1 } }
      },
      h: { e: { m: 3 } },
      i: [
        {
          a: { l: 1 },
          c: [{ e: { n: { t: 15 } } }, 38],
          d: { o: 7 },
          l: { a: 2, d: { e: { r: 18 } }, i: { b: 1 }, t: 2 },
          n: { c: { u: 18 }, s: 2, t: [{ a: 2 }, 19] },
          p: { r: 4 },
          s: { e: { r: 5 }, t: [{ i: 12 }, 2] },
          t: { e: { r: 7 } },
          v: { a: { l: 208 }, o: 1 },
          z: 38
        },
        44
      ],
      l: {
        ".": 33,
        a: [{ b: 28, c: 33, r: { d: 4 }, t: 36 }, 43],
        b: { o: 0 },
        c: { a: 1, h: [{ e: 35, r: { e: 35 } }, 0] },
        e: { a: 33, e: 36, n: [{ c: { i: 33 }, t: 36 }, 136], t: 19, v: 0 },
        f: { a: 8 },
        i: [{ a: 0, n: { e: 32, g: 1 }, s: { h: 4 }, t: { i: 36, y: 36 } }, 8],
        l: [{ a: { t: 0 }, i: { b: 11, s: 0, t: 0 } }, 33],
        m: 1,
        o: [{ m: 36 }, 43],
        p: { h: { i: 3, o: 3 }, i: { n: { g: 7 } }, o: 0 },
        s: [{ i: { f: 1 } }, 30],
        u: 43,
        v: 129
      },
      m: {
        a: [{ m: 1, r: 19, s: 36 }, 43],
        b: { a: { r: { ".": 0 } }, i: 8 },
        e: { n: { t: 19 } },
        i: [
          {
            c: 28,
            f: [{ y: 2 }, 84],
            l: { i: { a: 7 } },
            n: { a: { r: 19 }, e: { d: 28 }, g: 113 }
          },
          43
        ],
        o: { r: { a: 28 }, s: 28 },
        p: [{ a: 0, e: { r: 5 }, l: { i: 7 }, t: [{ e: 7 }, 19] }, 8],
        u: [{ l: { o: 2 } }, 43]
      },
      n: [
        {
          a: [{ b: [{ u: 12 }, 4], e: 0, s: { ".": 0 } }, 209],
          c: { e: 8 },
          d: {
            a: { l: 0 },
            e: { d: 1, t: [{ e: { r: { m: 127 } } }, 19] },
            i: { c: 19, e: 0 },
            o: 1,
            u: { s: 0 }
          },
          e: { r: 86 },
          h: { o: { l: { i: 18 } } },
          i: [
            {
              c: 43,
              e: 0,
              n: [{ e: 0 }, 1],
              p: 7,
              s: { o: 5, t: 1 },
              v: 20,
              z: 1
            },
            8
          ],
          k: { e: { r: { i: 7 }, t: 4 }, n: 1 },
          n: [{ a: { g: 0 } }, 30],
          o: 4,
          r: 4,
          s: [{ h: 4 }, 13],
          t: { i: [{ l: 12 }, 8] },
          u: [{ s: 1 }, 2]
        },
        6
      ],
      o: {
        d: { e: [{ n: { t: 49 } }, 1] },
        r: { o: { s: 36 } },
        s: 32,
        t: { a: { t: { i: { o: 4 } } } },
        u: 43
      },
      p: [
        {
          a: { t: 43 },
          e: [{ e: 36, r: 3 }, 43],
          h: 43,
          i: { d: 36, n: { g: 1 } },
          o: [{ l: 36 }, 28],
          r: [{ e: 19 }, 38]
        },
        30
      ],
      q: { u: { e: { t: 36 } } },
      r: [
        {
          a: [
            { ".": 33, c: { i: 2 }, e: 33, g: 9, n: { t: { i: 33 } }, s: 18 },
            6
          ],
          b: { i: { n: { g: 7 } } },
          c: [{ a: 5 }, 8],
          d: { e: { n: { ".": 4, i: 4 } }, i: { e: 4 }, u: 0 },
          e: { a: 1, e: 4, r: [{ s: 1 }, 6], t: [{ t: 1 }, 63] },
          f: [{ a: 1 }, 8],
          i: [
            {
              c: { u: 53 },
              e: { ".": 0 },
              f: { i: { e: 4 } },
              l: [{ i: 0 }, 19],
              o: { n: 4, s: { ".": 2 } }
            },
            6
          ],
          l: { e: { r: 7 }, i: { e: 4, n: { g: 7 } } },
          m: 129,
          n: { a: { l: 5 }, e: { r: 5 }, s: 7 },
          o: [{ d: 2, m: 17, t: [{ i: 12 }, 4] }, 6],
          p: { e: { n: { t: 16 } }, h: 19 },
          s: [{ a: { l: 7 }, e: { r: 7 }, h: 1, o: { r: 5 } }, 8],
          t: { a: 4, e: [{ s: 4 }, 6], h: [{ e: 1 }, 42], i: 19 },
          u: 6,
          v: { a: 0 }
        },
        28
      ],
      s: {
        a: { d: 32, g: 1, l: 1, p: 0, t: 1 },
        c: [{ a: { n: 0 } }, 30],
        h: { a: 7 },
        i: { a: { n: 4 }, l: 18, n: 154 },
        k: { e: { r: 7 } },
        p: [{ a: 0 }, 6],
        s: { e: 2 },
        t: [
          {
            a: { c: 1, n: 4 },
            i: { c: [{ i: 4 }, 2], g: 7, l: 5 },
            o: 145,
            r: [{ e: 0 }, 6]
          },
          33
        ],
        u: { r: { e: 19, i: 4 } }
      },
      t: {
        a: { n: { e: 32 } },
        c: { h: { e: 19 } },
        e: { n: { i: 4 }, o: 36, r: { e: 28 } },
        i: [{ e: 32, n: { g: 1, i: 36 }, o: 32, s: { m: 4, t: 1 }, z: 210 }, 8],
        l: { e: 1, i: 19 },
        o: [{ s: 188 }, 8],
        r: { a: 154 },
        s: [{ m: 4 }, 9],
        t: { o: { n: { e: 0 } } },
        u: [{ l: 28 }, 32]
      },
      u: 0,
      v: [{ a: 28, e: [{ n: 3, r: { i: 4 } }, 9], i: { n: 36 } }, 8],
      x: { o: 8 },
      y: { a: 0, e: { r: 4 } }
    },
    v: {
      a: {
        ".": 33,
        b: 124,
        c: [{ a: 6, e: { o: 4 }, u: 140 }, 35],
        d: 28,
        g: { a: 75, e: [{ d: 33, r: 12 }, 0], r: 7 },
        l: { ".": 43, e: 29, i: [{ e: 4, s: { e: 2 } }, 42], u: 35, v: 66 },
        m: { i: 2, o: 4 },
        n: { n: 35, t: { a: 12, l: 33 } },
        r: { i: { s: 2 } },
        s: { e: [{ l: 25 }, 33], o: 48, t: { a: 3 } },
        t: { ".": 28, e: { e: 35 }, i: { n: { a: 2 } }, u: 33 }
      },
      e: {
        ".": 30,
        c: { t: 19 },
        g: 1,
        i: 34,
        l: [
          {
            a: { t: 5 },
            e: [{ r: 32 }, 33],
            i: { n: { e: 4 } },
            l: [{ a: 28, e: { r: 7 }, i: 5 }, 43],
            o: { p: { i: 7 } }
          },
          30
        ],
        n: {
          a: { l: 2 },
          d: { o: 2 },
          e: 6,
          i: { a: 4 },
          t: { o: 18, r: 2 },
          u: [{ e: 53 }, 33]
        },
        o: 93,
        r: {
          b: 35,
          d: { e: { v: 16 } },
          e: [{ a: 7, i: 5 }, 211],
          i: { e: 36 },
          m: 27,
          n: { e: 2 },
          s: { e: 35 }
        },
        s: { ".": 33 }
      },
      i: {
        ".": 33,
        a: { l: { i: { t: 35 } }, t: { r: 0 } },
        b: 129,
        c: [{ a: [{ r: { i: 4 } }, 0], e: { r: 3 }, t: 164, u: 35 }, 9],
        d: { e: { r: 35 } },
        g: { n: 3 },
        l: [
          { i: [{ a: 95, s: { e: 36 }, z: { e: 36 } }, 5], l: { i: { n: 7 } } },
          0
        ],
        m: [{ e: 35 }, 2],
        n: [
          {
            a: { c: 2 },
            c: { i: 34 },
            e: 9,
            i: { t: 35, z: 36 },
            t: [{ a: 7 }, 19]
          },
          45
        ],
        o: [{ l: 3, m: 4 }, 98],
        p: 93,
        r: { e: 19, i: { d: 4 }, u: 5 },
        s: { e: { c: { t: { i: 35 } } }, i: { o: 35 }, m: 32, t: 97 },
        t: [
          { a: [{ l: 1 }, 9], e: { l: 4 }, i: { e: 36 }, r: 20, u: 1, y: 32 },
          8
        ],
        v: { a: { l: 7 }, o: { r: 7 } },
        z: { o: 4 }
      },
      o: [
        {
          ".": 30,
          l: [{ i: { t: { i: { o: 4 } } }, u: { b: { i: 2 } }, v: 19 }, 8],
          n: 33,
          r: { a: { c: 4 }, c: 34, e: 33, o: 34 },
          t: { a: { r: 1 } },
          w: 30
        },
        29
      ],
      r: [{ a: 103, i: 36, o: [{ t: 19 }, 36] }, 0],
      s: 33,
      u: { r: { e: 32 } },
      v: [{ e: { r: 36 }, i: 36 }, 44],
      y: 33
    },
    w: {
      a: {
        b: 33,
        g: { o: 5 },
        i: { s: 19 },
        l: { ".": 32, l: { e: { r: 18 } }, s: 32 },
        n: { g: { l: { i: 7 } }, k: { e: { r: 18 } } },
        r: { d: { e: { d: 7, r: 18 }, r: 18 }, f: 2, t: { e: 2, h: { i: 7 } } },
        s: { s: 19, t: 2 },
        t: { e: 6 },
        v: { i: { n: { e: 2 } } }
      },
      b: [{ o: { n: 28 } }, 77],
      c: 36,
      d: { i: { e: 36 }, r: 32 },
      e: {
        b: 0,
        d: 28,
        e: { d: 34 },
        i: [{ g: { h: { t: { i: 15 } } }, r: 19 }, 35],
        l: { i: [{ z: [{ i: 2 }, 12] }, 5], l: { i: 2 } },
        n: { t: 19 },
        s: [{ t: [{ ".": 36 }, 3] }, 2]
      },
      f: 36,
      h: [{ i: { d: 36 } }, 8],
      i: [
        {
          d: { e: 2 },
          e: { r: 4 },
          l: { l: { i: { n: 18 } } },
          m: { p: 9 },
          n: { e: 9, g: { e: { r: 18 } }, t: { r: 2 } },
          s: { e: 165 },
          t: { h: { e: { r: { i: 18 } } } }
        },
        8
      ],
      l: { a: 32, e: { r: 6 }, i: [{ e: 0 }, 6] },
      m: 43,
      o: [
        {
          l: [{ v: { e: { r: 7 } } }, 2],
          m: 34,
          n: { t: 9 },
          r: { d: { i: 18 } },
          t: { c: { h: 12 } },
          u: { n: 19 }
        },
        29
      ],
      p: { i: { n: 4 } },
      r: { a: 2 },
      s: { i: { n: { g: 4 } }, t: { e: { r: 36 } } },
      t: [{ e: 36, o: 32 }, 0],
      y: 8,
      z: 0
    },
    x: {
      a: [
        {
          c: { h: 28 },
          d: { e: 28 },
          g: [{ g: 32 }, 38],
          m: { e: { t: 4 }, i: 32 },
          n: { d: 7, o: 19 },
          s: [{ p: 7 }, 38]
        },
        43
      ],
      c: [{ a: { v: 3 }, o: { r: 18 } }, 92],
      e: [
        {
          c: [{ r: 5, u: { t: { i: { o: 4 }, o: 16 } } }, 43],
          d: [{ l: 36, n: 36 }, 8],
          g: 36,
          m: 43,
          n: [{ o: { p: 2 } }, 32],
          r: [{ g: 2, o: 5 }, 32]
        },
        0
      ],
      h: [{ o: { r: { t: { a: 12 } } } }, 43],
      i: [
        {
          a: { ".": 32, s: 28 },
          c: 0,
          g: { e: 36 },
          m: { a: 5, e: [{ t: 12 }, 28] },
          o: 32,
          p: 0,
          t: { ".": 28, s: 28 }
        },
        43
      ],
      o: [
        {
          d: { e: 28 },
          m: [{ a: { t: 0 } }, 36],
          n: 0,
          s: 28,
          t: { r: { o: { p: 49 } } }
        },
        43
      ],
      p: [{ e: { l: 19 }, o: { n: 212, u: { n: 12 } } }, 32],
      s: 41,
      t: [
        {
          e: { d: 28, n: { s: { o: 16 } }, r: { i: 3, m: 213, n: 50 } },
          h: 28,
          i: 2,
          r: { a: { d: 18, v: 3 }, e: 19 }
        },
        41
      ],
      u: { o: 0, r: [{ b: 2 }, 43], s: 36 },
      w: 36,
      x: 0,
      y: { s: 2, t: 1 }
    },
    y: {
      a: [{ c: 36, r: [{ d: 34 }, 87], s: { i: 2 } }, 41],
      b: [{ i: 8 }, 64],
      c: {
        a: { m: 7 },
        h: { e: { d: { e: 36 } }, i: { s: 7 }, o: [{ s: { e: 28 } }, 32] },
        l: [{ a: { m: 12 } }, 6],
        o: { l: { i: 28, l: 28 }, m: 19, s: 38 }
      },
      d: [{ a: 2, e: { r: 19 }, r: { o: { s: 18, u: 28 } } }, 77],
      e: {
        e: 32,
        l: { o: 7 },
        n: 32,
        r: 43,
        s: { t: { ".": 32, e: 7 } },
        t: { t: 36 }
      },
      f: 36,
      g: [{ i: [{ a: 7 }, 9], l: 32, o: { i: 2 } }, 43],
      h: 43,
      i: [{ n: 32 }, 43],
      l: {
        e: 9,
        i: { n: { d: { e: 18 } } },
        l: { a: { b: { i: 16 } } },
        o: { s: 1, u: 4 }
      },
      m: {
        e: [{ n: 32, t: 36 }, 90],
        i: { a: 36, n: 4 },
        o: { t: 19 },
        p: { h: { a: 0 } }
      },
      n: [
        {
          a: { g: { o: 12 }, n: { d: 16 }, p: 54, s: { t: 4 } },
          c: { i: 0 },
          d: 2,
          e: [{ r: 1 }, 8],
          g: [{ o: { l: 0 } }, 2],
          i: { c: 2 },
          y: 0
        },
        6
      ],
      o: [{ d: 1, g: { i: { s: 0 } }, u: { n: [{ g: 16 }, 19] } }, 41],
      p: [
        {
          a: { l: 4 },
          e: { r: [{ e: 36, i: 28, o: 28 }, 3], t: 28 },
          h: [{ e: 2, i: 5 }, 38],
          i: 154,
          n: 6,
          o: [{ x: 28 }, 20],
          r: [{ i: 4 }, 38],
          s: { i: 0, y: { f: 4 } },
          t: { a: 5 },
          u: 36
        },
        30
      ],
      r: {
        a: { g: 32, t: 1 },
        i: { c: 1, g: 36, s: 1, t: 13 },
        o: { l: { o: 4 } },
        r: 0,
        s: 0,
        u: 4
      },
      s: [
        {
          a: { g: 4, t: 4 },
          c: 86,
          h: 32,
          i: { c: 6, n: 1, o: 2 },
          o: 7,
          s: { o: 0 },
          t: [{ o: 0 }, 6]
        },
        39
      ],
      u: 32,
      v: 0,
      w: 32,
      z: { e: { r: 4 }, y: 2 }
    },
    z: {
      a: [{ ".": 30, b: { i: 0 }, i: 8, s: 28, t: { e: 0 } }, 214],
      d: 0,
      e: { b: 2, d: 0, n: { a: 2, g: 36 }, r: { a: 7 }, t: 117 },
      i: [
        {
          b: 7,
          c: 66,
          e: 38,
          m: 4,
          n: { c: { i: 82 }, g: [{ i: 18 }, 32] },
          s: 28
        },
        43
      ],
      l: { e: { m: 34, r: 32 }, i: 32 },
      o: {
        ".": 33,
        a: [{ n: 1 }, 35],
        o: [{ l: 1, n: 1, p: 4, t: { i: 4 } }, 215],
        p: 4,
        t: 9
      },
      s: 36,
      u: { m: 35 },
      y: { ".": 33 },
      z: [{ a: { r: 32, s: 36 }, i: { e: 32 }, o: [{ t: 36 }, 5] }, 8]
    }
  },
  {
    university: [3, 7],
    universities: [3, 7, 11],
    however: [3],
    manuscript: [2, 5],
    manuscripts: [2, 5],
    reciprocity: [2, 5, 9],
    throughout: [7],
    something: [4]
  }
]);


/***/ })

};
