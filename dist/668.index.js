export const id = 668;
export const ids = [668];
export const modules = {

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

/***/ 39677:
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
    root.hyphenationPatternsSv = exports;
  }
})(this, [
  [
    [0, 4],
    [0, 0, 5],
    [0, 0, 3],
    [0, 3],
    [0, 5, 4],
    [0, 5],
    [0, 0, 4],
    [0, 0, 0, 3],
    [0, 0, 0, 4],
    [0, 2, 5],
    [0, 0, 1],
    [0, 0, 2],
    [0, 0, 3, 4],
    [0, 0, 0, 5],
    [0, 0, 0, 0, 3],
    [0, 0, 0, 0, 1],
    [0, 3, 4],
    [0, 2, 3],
    [0, 2],
    [0, 0, 0, 0, 5],
    [0, 0, 0, 0, 0, 3],
    [0, 0, 0, 1],
    [0, 2, 1],
    [0, 0, 0, 2],
    [0, 0, 3, 2],
    [0, 0, 0, 0, 4],
    [0, 0, 0, 0, 0, 0, 2],
    [0, 0, 0, 0, 0, 4],
    [0, 0, 0, 0, 0, 5],
    [0, 1, 4],
    [0, 1],
    [0, 0, 0, 0, 2],
    [0, 0, 0, 0, 0, 0, 4],
    [0, 0, 0, 0, 0, 0, 3],
    [0, 0, 4, 5],
    [0, 0, 0, 3, 4],
    [1],
    [3],
    [1, 0, 3],
    [4],
    [0, 0, 0, 0, 0, 2],
    [0, 0, 0, 4, 3],
    [2],
    [0, 0, 2, 5],
    [0, 4, 3],
    [2, 1],
    [4, 3],
    [1, 2],
    [2, 3],
    [2, 5],
    [5],
    [1, 4],
    [4, 1],
    [3, 2],
    [0, 0, 1, 4],
    [2, 3, 2],
    [4, 5],
    [2, 2, 2],
    [3, 4],
    [0, 0, 0, 0, 0, 0, 5],
    [0, 0, 0, 0, 0, 0, 0, 2],
    [0, 0, 2, 1],
    [0, 0, 0, 2, 3],
    [0, 5, 0, 4],
    [0, 3, 2],
    [5, 2],
    [0, 0, 5, 4],
    [2, 0, 4],
    [0, 0, 5, 0, 4],
    [0, 2, 4],
    [0, 0, 0, 2, 5],
    [2, 2],
    [0, 0, 0, 0, 0, 0, 0, 3],
    [0, 0, 0, 5, 2],
    [0, 0, 0, 0, 5, 4],
    [0, 0, 0, 0, 0, 1],
    [0, 0, 5, 2],
    [0, 0, 0, 3, 2],
    [0, 0, 2, 3],
    [0, 0, 4, 3],
    [0, 0, 0, 0, 3, 4],
    [0, 0, 0, 4, 5],
    [2, 3, 4],
    [2, 5, 4],
    [5, 0, 0, 0, 0, 3],
    [5, 0, 0, 3],
    [0, 0, 0, 0, 5, 2],
    [0, 0, 2, 4],
    [0, 0, 0, 5, 4],
    [5, 0, 3],
    [2, 1, 4],
    [2, 1, 2],
    [4, 0, 0, 3, 4],
    [2, 0, 1],
    [0, 0, 0, 0, 0, 0, 0, 5],
    [4, 0, 0, 4],
    [5, 4],
    [0, 0, 4, 4],
    [0, 3, 0, 3],
    [4, 3, 2],
    [0, 2, 2],
    [0, 5, 2],
    [5, 0, 1],
    [4, 0, 0, 4, 3],
    [0, 4, 5],
    [2, 0, 3],
    [0, 0, 0, 0, 0, 2, 3],
    [2, 0, 0, 1],
    [2, 0, 2],
    [2, 2, 4],
    [2, 0, 3, 4],
    [4, 0, 0, 0, 5],
    [0, 4, 0, 3],
    [5, 0, 5],
    [0, 0, 0, 0, 2, 5],
    [4, 0, 4],
    [0, 1, 2],
    [0, 0, 4, 1],
    [0, 0, 0, 0, 4, 3],
    [0, 1, 0, 3],
    [0, 0, 1, 2]
  ],
  {
    ".": {
      a: {
        b: [{ i: 1, o: { l: 1 }, r: 2 }, 0],
        c: 2,
        d: [{ r: 3, s: 2 }, 0],
        g: { r: { a: 4, e: 5 } },
        k: { l: 5 },
        l: { e: 5, p: { r: 6 }, u: 3 },
        m: { b: { r: 6 }, p: { l: 7 }, u: 5 },
        n: {
          d: { r: { a: { r: 8 } } },
          e: { s: 9 },
          g: { e: { r: 8 }, o: 1 },
          s: 1
        },
        p: { p: 10 },
        s: { k: [{ e: { t: 3 } }, 11], t: [{ e: { n: 5 }, i: 3 }, 6] },
        t: { a: 5, t: 2 },
        u: { s: { t: 2 } },
        v: { a: { l: 0 }, s: 12 }
      },
      b: [
        {
          a: { k: { s: 13 } },
          e: { n: { s: 13 } },
          i: { l: { d: { s: 14 } } },
          o: { k: 11, r: { t: 15 } }
        },
        0
      ],
      c: { i: { s: 8 }, y: { k: { l: { o: { p: 1 } } } } },
      d: [{ ä: { r: 7 } }, 0],
      e: {
        k: { v: 10 },
        l: { a: 16, i: { n: 9 } },
        n: { s: { t: 1 }, ä: 0 },
        r: { i: 17 },
        s: [
          { k: { a: { d: 5, l: 2, p: 1 } }, t: [{ r: { a: { d: 5 } } }, 6] },
          18
        ],
        t: { r: 3 },
        v: { a: { n: 19 } },
        x: 2
      },
      f: [
        {
          e: { b: { r: 7 } },
          r: { a: { m: 14 }, e: { s: 19 } },
          å: { g: { e: { l: 20 } } },
          ö: { r: { a: 21, e: { n: 21 } } }
        },
        0
      ],
      g: [{ u: { l: { ä: 6 }, s: 7 } }, 18],
      h: { e: { m: 11 }, u: { s: { a: 1 } } },
      i: {
        b: 6,
        k: 6,
        m: { p: 2 },
        n: [{ a: 0, d: 2, g: { e: { r: 6 } }, k: 23, s: 24, t: 2 }, 22],
        s: { k: { a: 1 }, o: 3 }
      },
      k: [
        {
          a: { n: { s: { k: 25 } } },
          o: { l: { i: 1 }, r: { t: { s: 19 } } },
          r: { i: { n: { g: [{ s: 26 }, 20] } } },
          ö: { p: { s: 13 } }
        },
        0
      ],
      l: [
        {
          a: { k: { r: 13 } },
          e: { k: { t: { r: 13 } } },
          u: { s: { t: 11 } }
        },
        18
      ],
      m: [
        {
          a: { s: { k: { e: [{ r: { i: 1 } }, 23] } } },
          e: { r: { e: 6 } },
          i: { n: { i: { s: 27 } } },
          j: { ö: { l: { k: { s: 28 } } } },
          o: { n: { s: 23 } },
          å: { n: { s: 7 }, s: { t: 6 } },
          ä: { n: { s: { k: { o: 13 } } } },
          ö: { r: { k: { r: 19 } } }
        },
        18
      ],
      n: [{ e: { r: 21 }, o: { n: 6 }, ö: { d: { r: 13 } } }, 0],
      o: {
        c: { k: { u: 10 } },
        k: { t: 2, v: 3 },
        m: { a: 18, o: 18, s: 12, u: 3 },
        n: { k: 6 },
        o: 3,
        r: { d: { s: 7 } },
        s: { c: 5, k: 29, l: 3, t: { r: { a: 3 } }, v: 3 },
        t: { r: 3 },
        u: 30
      },
      p: [
        {
          a: { p: { p: { s: 19 } }, s: { t: { e: 2, i: 1 } } },
          i: { s: { t: { i: 1 } } },
          r: { e: { s: { s: 31 } } },
          u: { b: { l: { i: { k: { a: 7 } } } } }
        },
        0
      ],
      r: [
        {
          e: { g: { r: 6 }, s: { t: { e: 11 } } },
          u: { n: { s: 25 } },
          y: { m: { d: 23 } },
          ö: { v: { e: 19 } }
        },
        18
      ],
      s: [
        {
          a: { k: 11 },
          e: { g: { r: 7 } },
          i: { o: 1 },
          j: { ö: 21 },
          k: [{ o: { t: { t: { s: 20 } } } }, 6],
          l: { u: { t: { s: 14 } } },
          t: [
            { a: { m: 23 }, e: { n: { s: 14 } }, r: { i: { n: { g: 32 } } } },
            6
          ],
          u: { p: { p: 7 } }
        },
        0
      ],
      t: [
        {
          a: { b: { l: 2 }, k: [{ l: 13 }, 6] },
          e: { s: { t: { a: 7 } } },
          i: { g: { r: 7 }, l: { l: 8 }, o: 2 },
          o: { p: { p: { s: 19 } } },
          r: { e: { d: { s: 31 }, s: 7 }, ä: { k: 13 } }
        },
        0
      ],
      u: {
        k: 3,
        l: { t: { r: 13 } },
        n: { g: { e: 23 } },
        p: 11,
        r: { a: 0, s: 2 },
        t: [{ a: 0, r: { e: { r: 5 } }, s: 1 }, 22]
      },
      v: [
        {
          a: { r: { t: 8 }, t: { t: { e: { n: 33 } } } },
          e: { d: { s: 13 } },
          ä: { g: [{ s: 7 }, 11] }
        },
        18
      ],
      x: 18,
      y: { a: 18, e: 0 },
      å: { n: { g: 7 }, r: { s: 34 }, s: { t: 3 }, t: { e: { r: 15 } } },
      ä: { r: { o: 3 } },
      ö: { r: { o: 3 } }
    },
    a: {
      b: [
        {
          b: { u: 6 },
          e: [{ l: { s: 25 }, s: 23 }, 5],
          l: [{ a: 2 }, 10],
          o: { r: { t: 2 } },
          r: { i: { c: 1, o: 2 } },
          s: { c: 6, k: 6 },
          u: 5
        },
        18
      ],
      c: { k: { e: { s: 6 }, i: { s: 6 }, s: { k: 7 }, u: { p: 35 } } },
      d: {
        a: { g: 5 },
        e: { k: 5, l: 5, p: 1 },
        j: 2,
        o: { p: 2 },
        r: { a: { n: 5 }, e: [{ s: 36 }, 3], i: { l: 2 }, u: 2 },
        s: 11
      },
      e: { d: 5 },
      f: { f: { o: 6, ä: 37 }, r: { i: 38 }, t: { o: { r: 6 } } },
      g: {
        a: [{ r: { a: 8 } }, 30],
        e: [{ ".": 18 }, 30],
        g: { r: 10 },
        l: 10,
        o: { r: { d: 1 } },
        r: { o: 2 },
        u: { r: 0 }
      },
      h: { j: 0 },
      i: { b: 8, v: 3 },
      j: 30,
      k: {
        a: [{ r: { t: 0 } }, 3],
        e: 5,
        i: 30,
        n: 2,
        o: 30,
        r: { a: { m: 1 }, i: { s: 19 }, o: { b: 2 } },
        s: { t: { a: 6 } },
        t: { i: { g: 36 }, r: { i: 2 } },
        u: 30,
        v: { a: { r: { i: 5 } }, e: 2 },
        å: { r: 5, t: 1 },
        ö: 39
      },
      l: {
        a: [{ d: { m: 1 } }, 30],
        i: {
          b: { r: 23 },
          n: [{ ".": 5, e: 3, s: 2 }, 18],
          s: { t: { i: { k: 13 } } }
        },
        j: 0,
        k: { a: { k: 7 }, v: 11, ä: 6 },
        l: { s: { t: 7 }, å: 2 },
        m: { s: { k: 25 } },
        o: [{ r: { t: 1 } }, 30],
        s: { p: { a: 13 } },
        t: { r: 2, u: 6, ä: 6 },
        u: [{ s: 13 }, 30],
        v: { s: 7 },
        y: 30
      },
      m: { a: { f: 0 }, i: 6, p: { r: 6 }, s: 10, å: { t: 2 }, ö: 3 },
      n: {
        a: { b: { o: 8 }, l: { f: 2 }, r: { k: 2 } },
        c: [{ i: 19 }, 2],
        d: { a: { k: 1 }, e: { l: { s: 40 } }, u: { n: 6 }, ä: { n: 6 } },
        e: { f: 0 },
        g: { e: { s: 8 }, i: 2, r: 10 },
        i: { u: 25 },
        k: { r: 7 },
        o: { i: 23, k: 0, p: 0 },
        s: {
          c: { e: 1 },
          i: { s: { t: 20 } },
          j: 6,
          k: { u: 13 },
          l: { i: 7 },
          p: { a: { r: 7 } },
          t: [{ o: 6, y: 6 }, 10],
          v: { a: { r: 36 } }
        },
        t: { j: 6, r: { e: 6 } },
        u: 30,
        y: 5,
        ö: 3
      },
      o: 30,
      p: {
        e: [{ ".": 18, n: 41 }, 30],
        i: 30,
        l: { a: { n: 6 } },
        o: { s: { t: { r: 7 } } },
        p: { a: { r: { a: 36 } }, s: { k: 25 } },
        r: { i: { c: 2, f: 2, s: 5 } },
        s: [{ e: 2, l: 13, p: 7 }, 11],
        u: { s: 13 },
        y: 5,
        ä: 5
      },
      r: {
        a: [{ n: { n: 0 }, r: { v: 0 } }, 42],
        b: [{ i: 39, o: 42, r: 39 }, 36],
        d: { r: 2, s: { t: 13 } },
        e: { n: { d: 0 } },
        g: { s: { i: 13 } },
        h: 42,
        i: [{ g: { e: { n: 0 } } }, 30],
        k: { a: 2, l: { a: { n: 7 } }, r: 1 },
        l: 39,
        n: { ".": 39, a: { l: 6 } },
        o: [{ b: 18 }, 30],
        p: 39,
        s: { a: 11, k: { a: { l: 1 }, l: 19 }, v: 11 },
        t: { r: { o: 6 }, s: { p: 19 }, u: { r: 6 } },
        u: [{ r: 0, s: 5 }, 39],
        v: { ä: { g: 6 } },
        y: 3,
        ä: 3
      },
      s: {
        a: 42,
        b: { e: 25 },
        c: 30,
        h: 11,
        i: { s: { t: 19 } },
        k: { i: { s: 2 }, o: 18, r: 0, u: 2 },
        l: 1,
        p: { a: 2, i: { g: 2 } },
        s: { k: 11, o: { p: 43 }, p: 11, t: 11, u: { p: 13 } },
        t: {
          a: [{ r: { d: 5 } }, 2],
          e: { r: 1 },
          i: { k: { e: { r: 1 } }, o: 19 },
          o: 2,
          r: [{ a: { k: 13, l: 5 }, o: { l: 7 } }, 6],
          ö: { r: 1 }
        },
        u: [{ l: 0, n: { d: 0 }, t: 11 }, 3],
        v: 2,
        y: 30,
        å: 9,
        ö: 18
      },
      t: [
        {
          a: { r: { a: 13 } },
          e: 5,
          i: { ö: 13 },
          j: 0,
          r: [
            {
              a: { l: 3, r: 39 },
              e: 44,
              i: { a: 2, c: 3, e: 2, k: 5, s: 3 },
              o: [{ ".": 0 }, 16]
            },
            18
          ],
          s: { k: { a: 6 } },
          t: { a: { c: 36, k: 11 }, j: 6, o: { s: 6 }, s: 7 },
          u: { n: { g: 0 } }
        },
        30
      ],
      u: [{ b: 1, t: { a: 43, o: { m: 37 }, s: 13 } }, 42],
      v: { a: [{ r: { t: 0 } }, 45], g: 36, i: 45, r: 2, ä: 46 },
      å: 5
    },
    b: [
      {
        a: [
          {
            d: { i: 6, o: 6, s: 35 },
            k: { l: 13, o: 6, u: 6 },
            n: { k: { l: 19 } },
            s: { t: { a: 8, u: 1 } }
          },
          37
        ],
        b: [
          {
            a: { k: 0, t: { t: 0 } },
            b: 8,
            l: [{ e: { r: 6 } }, 2],
            r: 44,
            s: { o: 6 }
          },
          39
        ],
        d: 46,
        e: [
          {
            d: { r: 12 },
            e: 1,
            k: 10,
            l: { d: 39, u: 1, y: 2, å: 2, ö: 1 },
            n: { g: 25, å: 2 },
            r: { ö: 10 },
            s: [{ l: 2, s: 13, t: { a: 6, e: 6 }, u: 1 }, 10],
            t: { r: 2, v: 2 },
            u: 2,
            x: 39
          },
          37
        ],
        f: 48,
        h: 49,
        i: [{ d: 12, n: { v: 39 }, s: { k: { o: 7, v: 1 } } }, 37],
        j: { e: 3 },
        k: 3,
        l: {
          a: { r: 5, t: 5 },
          e: { m: { o: 8 }, n: 5, r: { a: 50 }, s: 37 },
          i: { d: 50, k: { r: 37, s: 37 } }
        },
        m: 46,
        n: 48,
        o: [
          {
            g: { r: 6 },
            k: { l: 11 },
            m: { u: 10 },
            n: 50,
            r: { s: { t: { e: 19 } }, t: { i: 8, r: 14, s: [{ l: 14 }, 40] } },
            s: [{ c: 6 }, 10],
            y: 13
          },
          37
        ],
        p: 46,
        r: {
          a: { f: 49, r: 39, t: { i: 49 } },
          i: { k: { ".": 37, a: 3, e: 37, s: 37, ö: 5 } },
          u: { s: { t: 8 } },
          y: 37,
          ö: 37
        },
        s: [
          {
            c: { e: 5, h: 2 },
            l: { a: { n: 0 } },
            o: { f: 0 },
            p: 0,
            t: [{ j: 0 }, 8]
          },
          46
        ],
        t: 46,
        u: [{ n: { d: { s: 25 } }, s: { s: { t: 23 } } }, 37],
        v: 3,
        y: [{ r: 1 }, 37],
        å: [{ n: { g: 14 }, t: { s: 23 } }, 37],
        ä: 37,
        ö: [{ r: { s: 23 } }, 37]
      },
      47
    ],
    c: [
      {
        a: { p: 50 },
        c: 3,
        e: [{ n: { s: { t: 14 }, t: { r: 37 } }, u: { s: 8 } }, 51],
        h: {
          ".": 39,
          a: { u: 37 },
          e: { f: 37 },
          o: { c: 50 },
          t: 39,
          ä: { s: 14 },
          ö: { r: 25 }
        },
        i: [{ l: { u: 6 }, m: 23, p: { p: 25 } }, 36],
        k: [
          {
            a: 3,
            e: 3,
            i: 3,
            j: 1,
            l: [{ i: { s: 1 } }, 10],
            n: 2,
            o: [{ r: { d: { n: 0 }, g: 2, t: 0 } }, 3],
            r: [{ e: 6 }, 2],
            s: { l: { a: 2 } },
            u: { s: 31 },
            v: { a: 2, e: 2, ä: 2 },
            ä: 1,
            ö: 2
          },
          39
        ],
        l: { e: { a: 23 } },
        o: { a: 11, m: 6 },
        r: [{ o: { s: 31 } }, 39],
        s: 39,
        y: 36
      },
      18
    ],
    d: [
      {
        a: [
          {
            ".": 50,
            d: { r: 39 },
            g: { s: 14 },
            k: [{ o: 50 }, 42],
            l: { i: 2 },
            m: [{ å: 2 }, 50],
            n: { d: { ".": 39 } },
            p: 52,
            r: { b: 39, t: 39 },
            t: { r: 6, t: 13 },
            x: 39
          },
          37
        ],
        b: 42,
        c: [{ e: { n: 14 } }, 39],
        d: [
          {
            d: 8,
            i: { s: 8 },
            j: 3,
            o: { s: 0 },
            r: { a: 2, e: 2, i: 2, ä: 3 },
            s: [{ v: 7 }, 11]
          },
          42
        ],
        e: [
          {
            k: [{ o: 39 }, 54],
            l: { d: 39, s: { a: 23, t: { i: 19 } }, u: { t: 1 } },
            n: [{ t: { i: { ö: 28 }, o: 23 } }, 0],
            p: { r: 2 },
            r: [{ k: 21, o: [{ l: 1 }, 11], s: { t: { i: 13 } }, u: 6 }, 50],
            s: [{ e: 2, p: 2, t: { i: 7 } }, 11],
            t: [{ r: 2 }, 0],
            x: 39
          },
          53
        ],
        f: [{ ö: { r: { a: 7 } } }, 45],
        g: [{ l: 3 }, 45],
        h: 49,
        i: [
          {
            a: { s: 25 },
            e: { l: 1 },
            g: { r: 11 },
            k: { a: 2, u: 1 },
            n: { f: 39, g: { o: 35 }, r: 39, s: [{ p: 42 }, 39], t: 39 },
            o: [{ d: 6 }, 10],
            s: {
              c: 2,
              j: 6,
              k: { o: 7, r: 21 },
              p: 21,
              t: { o: 13, r: { a: 7 } }
            },
            t: { r: { e: 6 } }
          },
          37
        ],
        j: [{ o: { r: 3 }, u: { p: { p: 19 }, r: 37 } }, 42],
        k: 55,
        l: 56,
        m: 45,
        n: 45,
        o: [
          {
            l: [{ o: 1 }, 18],
            m: { r: 39, s: { k: 23 } },
            n: 50,
            p: { a: { k: 6 } },
            r: { d: 56, i: 39, t: 39 },
            s: { t: 5 },
            y: 2
          },
          37
        ],
        p: 45,
        r: [
          {
            a: {
              d: 3,
              g: 58,
              n: { d: 3 },
              r: { b: 5 },
              s: { s: { e: { r: { a: 5 } } } },
              t: { u: 5 }
            },
            e: { j: 37, n: 3, s: 50, t: 3 },
            i: { c: 0, f: 37, g: 3, k: 56, n: 3, v: 58 },
            o: { c: 5, p: { p: 37 }, r: 3, t: [{ t: { s: 33 } }, 39] },
            ä: { k: { n: 3, t: 37 }, n: 50, t: 3 },
            ö: { d: 5 }
          },
          57
        ],
        s: [
          {
            a: { n: 22 },
            e: [{ n: { h: 1 } }, 18],
            f: 0,
            i: [{ n: { s: 2 } }, 18],
            j: 18,
            k: [{ e: { f: 3, n: 6 }, i: 3, l: 2, n: 1 }, 23],
            l: [{ o: { t: 6 } }, 10],
            m: { o: 6, å: 0 },
            n: { å: 1 },
            o: 18,
            p: { l: 2 },
            s: 12,
            t: {
              a: { l: 2, t: 5 },
              e: [{ a: 25 }, 6],
              i: { g: 5, n: 2 },
              r: { o: 1 }
            },
            u: 18,
            v: 10,
            ö: 18
          },
          39
        ],
        t: 48,
        u: [
          {
            b: { b: { l: { e: 7 } } },
            p: 39,
            s: [{ c: 11, t: { e: 6 }, ö: 1 }, 10],
            t: 39,
            v: { u: 6 }
          },
          37
        ],
        v: [{ r: 3 }, 45],
        w: 48,
        y: [{ k: { a: { n: 6 } }, r: { o: 6 } }, 37],
        z: 39,
        å: { g: 50, s: 42, t: 39 },
        ä: { g: 39, r: 11 },
        ö: [{ d: { s: 15 }, g: 39, p: 39, s: { t: 5 } }, 37],
        é: 6
      },
      36
    ],
    e: {
      a: [{ k: { e: 18 }, m: 0 }, 30],
      b: [{ r: [{ i: { l: 2 } }, 18] }, 39],
      c: [{ h: [{ i: { f: { f: 59 } } }, 3], i: { s: 25 }, o: 3 }, 39],
      d: [
        {
          a: { n: { s: 0 } },
          d: { r: 8 },
          i: { u: 8 },
          j: 2,
          r: { a: { l: 5 } },
          s: { k: [{ o: 11 }, 10], l: 24, o: 25 },
          å: 3
        },
        18
      ],
      e: [{ d: 18, i: 0, k: 43, n: { ".": 0, e: 0 } }, 30],
      f: [{ s: 6, t: { e: 37 } }, 30],
      g: [
        {
          a: 3,
          e: [{ l: 23 }, 3],
          l: [{ e: { r: [{ a: 3, i: 5 }, 11] } }, 10],
          r: { a: { n: 0, t: 1 }, i: { n: 2 }, u: 5 },
          s: 7,
          å: 5
        },
        30
      ],
      i: { g: [{ n: 1 }, 23], k: 3, n: 30, s: { h: 1, k: 30 } },
      j: { o: 30, u: 3, ä: 3, ö: 5 },
      k: {
        a: 3,
        i: 30,
        l: [{ a: { t: 2 }, e: 6 }, 30],
        n: 2,
        o: [{ r: { d: { s: 28 }, r: 2 } }, 30],
        r: { e: { t: { ".": 6 } }, o: 1 },
        u: 30,
        v: { e: 30, i: { s: 1 } },
        y: 30,
        ä: 30
      },
      l: {
        a: [{ k: { t: 10 }, r: { b: 6 } }, 30],
        d: { ".": 37 },
        e: { b: { r: 14 }, k: { t: { r: { i: 20 } } } },
        f: { r: { a: 6 } },
        i: { k: { u: 13 } },
        k: 12,
        l: { i: 2, s: 7, ä: 2 },
        o: [{ b: 0 }, 30],
        p: 2,
        s: { i: 11 },
        u: { g: 1, v: 5 },
        ä: 45
      },
      m: [
        {
          a: { t: 5 },
          i: { s: 5 },
          o: { n: { s: 15 }, r: { t: 1 } },
          p: { l: { e: 13 } }
        },
        30
      ],
      n: {
        a: { r: { t: 1 }, v: 18 },
        c: { e: 6 },
        e: { d: 0, k: 0, r: { ö: 7 } },
        j: 42,
        k: { l: { o: 1 }, n: 2, r: 1, ä: 1 },
        n: { i: { n: { g: [{ s: 60 }, 59] } } },
        o: { m: 23 },
        s: {
          i: 2,
          k: { e: 13 },
          m: 23,
          p: 11,
          t: { e: 8 },
          v: { i: { n: 8 } },
          å: 6
        },
        t: {
          h: { a: 8 },
          r: [{ a: { t: { ".": 8, i: 7 } }, i: 7, u: 13 }, 61]
        },
        u: { s: 5 },
        y: 42,
        ä: 45
      },
      o: [{ g: 18, i: 6, r: 5 }, 30],
      p: [
        {
          e: 30,
          i: 30,
          l: { a: 3, e: 1 },
          p: { s: [{ t: 19 }, 62] },
          r: 30,
          s: 2,
          t: { r: 6 },
          u: { b: 7 },
          å: 3
        },
        42
      ],
      r: {
        a: { k: 10, s: 39 },
        d: 12,
        g: { l: 8, u: 6, å: { s: 6 } },
        i: [
          { b: 5, n: { f: 0, g: { s: 33 } }, s: { t: { i: { k: 13 } } } },
          30
        ],
        k: { l: { i: { n: 8 } } },
        l: { ä: 25 },
        n: { a: 1 },
        o: [{ b: 3, m: 18 }, 30],
        p: 8,
        r: { a: 2 },
        s: {
          c: 1,
          k: { e: { n: 8 } },
          l: [{ e: 8 }, 2],
          t: { a: 6, e: 11, r: 2 },
          v: 2
        },
        u: [{ m: 5 }, 30],
        y: 3,
        å: { d: 5 },
        ä: 30
      },
      s: {
        a: { l: [{ l: 1 }, 18], r: { m: 2 } },
        c: 30,
        e: 42,
        h: { i: 6 },
        i: { u: 8 },
        k: [{ a: { n: 0, r: 1 }, e: { n: 44, r: 2 }, u: { l: 1 } }, 11],
        l: [{ a: { g: 5 } }, 30],
        m: { i: 11 },
        p: [{ l: 2 }, 30],
        s: { k: 11, l: { ä: 13 }, t: 11 },
        t: {
          a: { l: 3 },
          e: { n: { ".": 1 } },
          i: { g: { e: 31 }, n: 2 },
          o: { r: { ".": 1 } },
          r: [{ e: { r: 13 }, u: 3, ö: 8 }, 6],
          å: 3
        },
        u: 11,
        y: 30
      },
      t: {
        a: { b: 7 },
        i: [{ ö: 7 }, 5],
        o: 30,
        r: { i: { ".": 5, s: 2 }, ä: 5 },
        s: [{ a: { d: 23 }, k: { r: 7 }, l: 21, m: 7, p: { a: 13 }, v: 6 }, 11],
        t: { r: 7 },
        u: [{ r: { i: 8 } }, 30],
        v: { a: 6, u: 1 },
        y: 30,
        z: 42,
        ä: [{ c: 25 }, 30]
      },
      u: {
        k: 8,
        m: { ".": 5 },
        p: 63,
        r: 39,
        s: { e: { ".": 6 } },
        t: { r: { o: 1 } }
      },
      v: [{ a: { r: { m: 0 } }, j: 0, r: 2 }, 30],
      x: { p: 37, t: { r: 8 } },
      ä: 39
    },
    f: [
      {
        a: [
          {
            c: [{ k: { e: 13 } }, 8],
            n: { s: 39 },
            r: { b: 39 },
            s: { h: 2, t: 6 },
            t: { ö: 6 },
            v: 39
          },
          37
        ],
        b: 46,
        d: 3,
        e: [{ f: 39, l: 11, s: { t: { a: 13, o: 2 } }, x: 39 }, 37],
        f: [
          { f: 8, l: 2, n: 2, o: 3, r: 2, s: 8, ä: 3, ö: { r: { e: 13 } } },
          45
        ],
        g: 64,
        h: 5,
        i: [
          {
            b: { r: [{ i: { g: 13 } }, 11] },
            l: { i: 2 },
            n: { s: { m: 13 } },
            s: { k: { a: { l: 2 }, r: 14 } },
            t: { i: 11 }
          },
          37
        ],
        k: 48,
        l: [{ o: { d: { a: 8 } } }, 36],
        m: [{ a: 8 }, 46],
        o: [
          {
            f: 39,
            l: [{ k: 15 }, 23],
            m: 49,
            n: { a: 11 },
            r: { m: { o: 8 } },
            s: { t: { r: 14 } }
          },
          36
        ],
        p: 46,
        r: {
          a: { m: [{ p: 19 }, 23] },
          e: { r: [{ i: 50 }, 0], s: 8 },
          i: { ".": 0, s: { p: 13 }, t: 50 },
          o: { s: { t: { a: 19 } } },
          u: { s: { t: { r: 13 } } },
          å: { n: 19 }
        },
        s: [{ k: 11, l: 0, m: 0, n: 0, p: 0, t: 0, v: 0 }, 48],
        t: [
          {
            a: [{ f: 0, k: 0, p: 0, r: { m: 0 } }, 3],
            e: { r: 8, x: 0 },
            i: [{ n: 0 }, 3],
            o: 3,
            r: 44,
            s: { a: 11, e: { t: 6 }, i: 43, j: 6, t: 8, v: { ä: 13 } },
            t: 1,
            v: 10
          },
          42
        ],
        u: [{ r: { s: { t: { e: 19 } }, u: 1 }, t: { u: 2 } }, 37],
        v: 39,
        y: [{ m: { a: 6 } }, 50],
        å: { t: { ö: 2 } },
        ä: [{ s: { t: { i: 13 } } }, 36],
        ö: [
          {
            r: {
              a: 11,
              e: { n: 11 },
              i: 11,
              k: 7,
              s: { m: 7, u: 7 },
              t: 25,
              ö: 21
            }
          },
          37
        ]
      },
      18
    ],
    g: {
      a: {
        b: { r: 1 },
        g: 53,
        k: { t: 39 },
        l: [{ l: { s: 14 }, ä: 1 }, 53],
        n: { o: 6 },
        r: { b: 42, m: 39, o: 11, t: 39 },
        s: { t: 6, u: 6 },
        t: { i: 65 },
        u: { s: 25 },
        v: [{ s: { n: 5 } }, 0],
        x: 39
      },
      b: 42,
      d: [{ r: 16 }, 42],
      e: {
        a: 11,
        b: 66,
        f: 42,
        j: 67,
        l: { i: [{ s: 37 }, 18], s: { t: 13 }, y: 13, ä: [{ n: 13 }, 37] },
        m: 0,
        n: {
          a: { p: 6 },
          g: 13,
          i: 53,
          j: 37,
          m: 39,
          o: { m: 28 },
          s: { a: 8, e: 0 },
          t: 47,
          v: 39,
          y: 1,
          ä: 37
        },
        o: 11,
        r: { a: [{ r: { b: 39 } }, 47], i: 53, s: { n: 19 } },
        s: { e: 50 },
        t: { o: 6, s: 13, t: 65 }
      },
      f: 45,
      g: [
        {
          a: [{ p: 0 }, 30],
          e: 30,
          g: 1,
          l: 10,
          o: { s: 0 },
          s: { l: { a: 8 }, m: 8, t: 12, v: 12 },
          u: 0
        },
        42
      ],
      h: [{ t: { e: 6 } }, 42],
      i: [
        {
          o: 10,
          s: { n: 1, t: { e: 6, r: [{ a: { l: 1, t: 68 } }, 8] } },
          v: 37,
          ö: 11
        },
        47
      ],
      j: { o: [{ r: 37 }, 18], ä: 3 },
      k: 55,
      l: [
        {
          a: { n: { s: 0 }, r: 30, s: [{ e: 50, k: 19, ö: 50 }, 18] },
          i: { d: 0 },
          j: 39,
          ö: { g: 0, m: 50 }
        },
        42
      ],
      m: 45,
      n: [{ a: { g: 0 }, o: 18 }, 45],
      o: [
        {
          ".": 37,
          l: 37,
          n: { s: 35, t: 39 },
          r: { d: 42, m: 39, t: 39 },
          s: { l: 2 }
        },
        47
      ],
      p: 45,
      r: [
        {
          a: { f: 37, l: 50, m: 70, n: { s: 50 }, s: 39 },
          e: { c: 50, t: { t: 50 } },
          i: { g: 3, k: 56, p: 50, s: 37 },
          o: { i: 5, v: 23 },
          u: { m: 39, s: { t: 19 } },
          å: [{ ".": 50 }, 0],
          ä: { n: [{ s: 50 }, 8] }
        },
        69
      ],
      s: [
        {
          a: { n: 10, t: { t: 5 } },
          e: { l: 3 },
          f: 0,
          i: { d: 8 },
          j: { u: 3 },
          k: { a: { f: 5 }, i: 6, n: 2, o: { t: 6 }, y: 3 },
          l: 10,
          m: [{ e: 0 }, 10],
          n: [{ i: 6, ö: 6 }, 2],
          o: { r: 10 },
          p: { l: 2, o: [{ r: 6 }, 2], r: { e: 1 }, u: 2 },
          s: 2,
          t: {
            a: { k: 2, l: 2, r: { k: 3 } },
            e: { n: 6 },
            i: { f: 3, l: { l: 2 } },
            j: 2,
            o: { l: 3 },
            r: { a: 2, e: 8 },
            ä: { m: 3 }
          },
          u: { g: 0 },
          v: [{ e: 44, i: 2, å: 2 }, 10],
          y: { t: 2 },
          ä: 10
        },
        71
      ],
      t: [{ r: 3 }, 45],
      u: [
        {
          g: 39,
          l: { d: [{ a: 8 }, 14], ä: 39 },
          m: { a: 11 },
          p: 39,
          r: { u: 1 },
          s: { k: 8 },
          t: [{ b: 3 }, 42]
        },
        47
      ],
      v: 45,
      w: 39,
      y: [{ t: { t: { j: 14 } } }, 37],
      å: [{ r: { d: { s: 28 }, i: 49 } }, 47],
      ä: { l: 0, r: 18, s: 6 },
      ö: [{ g: 39, r: { o: 1, t: 49 } }, 47]
    },
    h: [
      {
        a: {
          b: { l: 2 },
          g: { e: 1 },
          l: { i: 6, s: { o: 8 }, v: { å: 14 } },
          m: { s: { t: 8 } },
          n: { d: { e: { l: { s: 72 } }, s: { l: 27 } }, g: { a: 73 } },
          r: { a: 1 },
          s: { c: 6, p: [{ l: 19 }, 6], t: 7 },
          v: [{ s: 14 }, 23]
        },
        c: 5,
        d: 39,
        e: {
          a: { t: 6 },
          f: { r: 6 },
          l: { ä: 6 },
          t: { s: [{ t: 14, v: 14 }, 15] }
        },
        g: 3,
        i: [{ r: 39, s: { s: { k: 23 } }, t: 6 }, 18],
        j: { ä: { l: { s: 14 } } },
        k: 30,
        l: [{ e: 0 }, 42],
        m: 42,
        n: [{ a: 18, i: { t: 18 } }, 39],
        o: {
          n: { u: 1 },
          p: { p: { l: { o: 13 } }, s: 7 },
          s: { p: 7, t: { i: 13 } },
          w: 39
        },
        p: 3,
        r: { u: 5 },
        s: 30,
        t: 42,
        u: { s: [{ t: { r: 19 } }, 11] },
        y: { g: { r: 13 }, s: { t: [{ a: 13, e: { r: 2 } }, 8] } },
        å: { r: { d: { s: 74 } } },
        ä: {
          l: { l: [{ s: 75 }, 31], s: { o: 20 } },
          r: { i: 6 },
          s: 6,
          v: { a: { r: 6 } }
        },
        ö: [
          {
            g: [{ e: { n: 1 }, r: 13 }, 11],
            r: { n: { s: 19 } },
            s: [{ t: { r: 19 } }, 6]
          },
          18
        ]
      },
      36
    ],
    i: {
      a: [{ f: { r: 2 }, g: 2, l: { u: 6 }, s: { k: 6 }, t: { r: 2 } }, 30],
      b: { l: 17, r: { i: { l: 5 } } },
      c: {
        a: 3,
        e: { ".": 0 },
        h: { a: 5 },
        k: { o: { r: { d: 6 } }, u: 35 },
        o: 5
      },
      d: [
        {
          e: { n: { s: 14 } },
          g: { e: 6 },
          o: { m: 0 },
          r: [{ o: 2 }, 10],
          s: [{ v: 7 }, 11],
          u: { n: 0 },
          å: 3,
          ö: 0
        },
        18
      ],
      e: 45,
      f: { e: { s: 25 }, n: 5, r: [{ å: { n: 37 } }, 30] },
      g: [{ a: { n: 39 }, e: { b: 18, j: 1 }, l: 10, n: { o: 2 } }, 30],
      i: 3,
      k: {
        a: { r: { t: 0 } },
        i: 30,
        l: { o: 3, ä: { n: 1 } },
        n: 2,
        o: 30,
        r: { e: 2, o: { b: 5, f: 1, s: 1 } },
        s: { h: 76, k: { o: { r: 1 } } },
        u: { l: 3, m: 3, t: 66 },
        v: 10,
        y: 3,
        å: 3,
        ö: 3
      },
      l: {
        a: 30,
        d: { a: { n: 6 } },
        i: { n: 18 },
        j: { ö: 10 },
        k: 1,
        l: { a: { k: 1 }, i: { k: 6 }, s: 77, u: 37, ä: { r: 1 } },
        m: { i: { n: 11 } },
        o: 30,
        t: { j: 11 },
        u: [{ f: { t: { s: 59 } }, p: 0 }, 3],
        ä: 5
      },
      m: { b: { r: 78 }, s: { m: 1, o: 6 }, u: 30, å: 5, ä: 3, ö: 5 },
      n: {
        a: { u: 0 },
        d: { s: { k: { ä: 13 }, t: { i: 13 } }, u: 36 },
        g: {
          a: 6,
          e: { ".": 6, s: { ".": 8 } },
          i: { s: 13 },
          l: { a: { s: 1 } },
          s: { t: { e: 19 } }
        },
        i: [{ f: 0 }, 3],
        j: 1,
        k: { v: { e: 1 } },
        n: { e: { h: 36 } },
        r: { e: 50, i: 36, ä: 37 },
        s: {
          e: { m: 6 },
          k: { r: { ä: 2 } },
          l: 2,
          m: 8,
          n: 2,
          p: { e: [{ l: { n: 50 } }, 36], r: 1 },
          t: { i: { n: { k: 37 } }, r: { u: 37 }, å: 6 }
        },
        t: { e: 1, r: [{ a: 6 }, 36], s: 7 },
        u: [{ n: 0 }, 30],
        y: { m: 2 },
        ä: 30
      },
      o: {
        c: 5,
        g: 30,
        k: [{ r: 6 }, 3],
        l: [{ i: 1 }, 30],
        m: 5,
        n: [{ o: 3, s: 14 }, 23],
        p: 30,
        r: 30,
        s: 30,
        t: 30
      },
      p: { e: 30, i: 30, o: { s: 25 }, p: { i: 1 } },
      r: { a: 3, e: { s: 0 }, i: 30, k: { l: 13 }, o: [{ p: 7 }, 30], u: 30 },
      s: {
        c: { e: 5 },
        e: { l: 25 },
        h: 11,
        k: [
          {
            e: { p: 1 },
            n: { a: 13 },
            o: { p: { a: 2 } },
            u: [{ n: 6 }, 2],
            y: 2
          },
          18
        ],
        l: { a: { m: 5 }, ä: { n: 2 } },
        m: 2,
        n: 2,
        p: [{ r: { i: 6 } }, 17],
        s: { a: 2, e: 2, n: 13, t: { r: 79, ä: 7 } },
        t: {
          a: { l: 30, n: { s: 30 }, t: { t: 13 } },
          e: { n: { ".": 1, t: 30 }, s: 6 },
          i: { g: 2, n: { g: 1 } },
          o: { r: { ".": 1, e: 1 } },
          r: { o: 13 },
          å: 25
        },
        v: 1,
        y: 3,
        å: 0
      },
      t: [
        {
          c: 1,
          e: { i: 0, x: 0 },
          j: 0,
          r: { a: { n: 1 }, i: { n: 5, s: 3 } },
          t: { o: { p: 43 }, r: 79, u: 6 },
          å: 9
        },
        30
      ],
      u: 52,
      v: { a: [{ k: 18 }, 30], i: [{ n: 0 }, 30], r: 2, s: 11, å: 30 },
      x: { t: [{ u: 1 }, 11] },
      ö: 30
    },
    j: {
      a: [{ k: { t: { ".": 37 } }, r: { b: 39 }, s: { p: 13 } }, 36],
      b: 42,
      d: [{ r: 2, s: { t: { y: 6 } }, u: 0 }, 42],
      e: [{ a: 11, f: 50, s: { t: { a: 1 } } }, 36],
      f: 45,
      g: 46,
      h: 39,
      i: [{ n: 39 }, 36],
      k: [{ l: 0, o: 3, v: 2 }, 39],
      l: 45,
      m: 42,
      n: 45,
      o: [
        {
          b: 37,
          k: { r: 6 },
          l: { j: 39, ö: 1 },
          r: { d: { i: { n: 8 }, s: 80 } },
          u: 37
        },
        18
      ],
      p: [{ l: 5 }, 39],
      r: 48,
      s: [{ a: 5, k: 0, m: { e: 6 }, t: { e: 6 } }, 45],
      t: [{ s: 8 }, 42],
      u: [
        {
          k: { o: { s: 6 }, s: 7 },
          l: { k: 7 },
          r: 39,
          s: { k: { r: 13 }, s: 25, t: [{ a: 13 }, 8] },
          t: { s: { t: { a: 8 } } }
        },
        71
      ],
      ä: {
        l: { o: 1, p: { r: 81 }, s: { a: 8 } },
        r: { n: { s: { k: 14 } }, s: 13 }
      },
      ö: { r: { s: 23 }, s: { t: 8 } },
      é: 50
    },
    k: {
      a: [
        {
          ".": 37,
          d: { ".": 37, e: { ".": 37 }, r: 6 },
          f: [{ ä: 50 }, 42],
          i: 2,
          j: { u: 1 },
          k: [{ t: { i: 3 } }, 42],
          l: { f: 39, g: 39, l: { o: 8, s: 14 } },
          m: { p: 37, r: 37 },
          n: { ".": 37, d: { ".": 39 }, o: 50 },
          p: [
            {
              i: 37,
              l: { a: 1 },
              p: { r: 8 },
              s: { t: 19 },
              t: { e: { n: 50 } }
            },
            42
          ],
          r: {
            ".": 37,
            a: 2,
            b: [{ e: { t: 5 } }, 39],
            i: 1,
            k: 39,
            n: { a: 37 },
            p: [{ s: 19 }, 39],
            t: { ".": 39, e: 39 },
            v: 39
          },
          s: [{ k: 6, t: { i: 7 } }, 37],
          t: { ".": 37, s: { ".": 37 } },
          u: 39
        },
        47
      ],
      b: 42,
      c: 39,
      d: [{ o: { m: 25 } }, 82],
      e: [
        {
          ".": 37,
          d: { ".": 42, a: 42, r: 2, s: 8 },
          e: { r: 6 },
          f: { u: 42 },
          l: { d: 39, s: 25 },
          n: { s: { e: 39 }, å: 1 },
          p: 42,
          r: { n: 37 },
          s: [{ s: 7 }, 11],
          x: 39
        },
        47
      ],
      f: [{ ö: [{ r: { i: 7 } }, 23] }, 45],
      g: 83,
      h: 67,
      i: {
        d: { s: 7 },
        f: 39,
        g: 36,
        k: { s: 8 },
        l: { t: 25 },
        m: { å: 50 },
        n: { g: { r: 14 }, n: { e: 39 }, s: 39, t: 42, u: 6 },
        t: { r: 6 },
        v: { s: 7 }
      },
      j: [{ o: { l: 50 }, ä: 3 }, 39],
      k: 48,
      l: [
        {
          a: {
            g: 36,
            m: { a: 18, i: 8 },
            n: { g: { ".": 37 } },
            s: { s: 37 },
            t: 42,
            v: 50
          },
          e: [{ j: 18 }, 42],
          i: { g: 42, m: 18, p: 37, s: [{ t: { r: 84 } }, 18] },
          o: { c: { k: { ".": 5, a: 50 } }, s: 37 },
          u: { b: 36, k: 39 },
          ä: { d: 36, g: 48 }
        },
        11
      ],
      m: 45,
      n: [
        { a: { l: 0, p: 58 }, i: { p: 50, v: 58 }, u: 58, y: [{ k: 5 }, 0] },
        71
      ],
      o: [
        {
          c: 39,
          d: { e: 1, l: 5 },
          g: { n: 7, r: 6, s: 41 },
          l: { a: 39, i: { n: 11 }, j: 39, t: { r: 13 }, v: { ".": 50 } },
          m: [{ m: 37, p: 50, r: 48, s: 8 }, 36],
          n: [{ f: 37, s: { t: 37 }, t: 37, u: 2 }, 36],
          r: [
            {
              g: 37,
              i: 2,
              r: [{ e: { s: 37 } }, 42],
              t: { e: { r: { a: 50 } } }
            },
            36
          ],
          s: { k: 66, l: 2, t: [{ r: 6 }, 37] },
          u: 46
        },
        18
      ],
      p: 45,
      r: [
        {
          a: { f: 37, g: { e: 85 }, n: { g: 39 } },
          e: { r: { a: 50 }, t: { e: { n: 0 } } },
          i: {
            d: { s: 86 },
            g: [{ s: 20 }, 36],
            n: { g: { s: { k: 26 } } },
            v: 39
          },
          o: { p: { p: [{ s: 59 }, 37] } },
          u: { s: { t: { a: { d: 13 } } } },
          y: { g: 3 },
          å: { k: { s: 19 }, p: { a: 8 } },
          ä: { d: { d: { ".": 5 } }, k: { l: 19 }, l: 39, t: 3 }
        },
        69
      ],
      s: [
        {
          a: { k: { s: 28 }, s: 9 },
          c: { h: 2 },
          e: { r: 0 },
          k: [{ l: 2, r: { a: 1 }, v: 1, ä: 3, ö: 3 }, 87],
          l: { a: { g: { ".": 5 } }, i: 11, y: 5 },
          o: 18,
          p: { l: 2 },
          t: [{ a: { v: { s: 33 } }, i: { d: 1 } }, 29],
          u: 18
        },
        42
      ],
      t: [
        {
          e: { x: 0 },
          i: { g: { e: 13 }, n: { n: 0, s: 18 } },
          o: { d: 18, m: 18 },
          r: [{ e: 2, i: { n: 2 }, o: { d: 5, g: 1, l: 2 }, ä: { t: 1 } }, 18],
          s: { t: 11 },
          t: 66,
          u: { g: 0, t: 18 },
          ä: { l: 0 }
        },
        52
      ],
      u: {
        g: [{ n: 5 }, 39],
        l: { a: 1, d: 39, ö: 37 },
        m: { p: { l: 13 } },
        n: { g: { s: 28 }, n: 50 },
        p: { e: { n: 6 } },
        r: { o: 6, s: 37 },
        s: [{ t: { a: 14 } }, 37]
      },
      v: [
        {
          a: { l: { i: 37 }, r: { e: 5, n: 37, s: 14, t: 37 }, t: { o: 0 } },
          e: [{ n: { t: { e: 42 } } }, 18],
          i: { n: { n: 36 }, r: { e: 50 } },
          o: 0,
          å: 30,
          ä: { l: { l: 37 }, r: 30 }
        },
        6
      ],
      y: { d: { d: { s: 20 } }, l: { i: { n: 6 } }, r: { k: 37 } },
      ä: { l: { m: 8 }, m: { p: 50 }, n: { n: 50, s: 37 }, r: { l: 37 } },
      ö: {
        g: 39,
        k: { s: { t: 19 } },
        p: { ".": 50 },
        r: { l: 8, s: { l: 8 } }
      }
    },
    l: {
      a: {
        ".": 37,
        d: { e: { ".": 36 }, m: 42, r: 39 },
        f: 42,
        g: { d: { ".": 37 }, i: { n: 6 }, m: 50, r: 7 },
        k: [{ a: { n: { ".": 50 } }, i: 50, t: { i: { s: 37 } } }, 42],
        l: { o: 1 },
        n: { d: { e: { ".": 37 }, i: 8 } },
        p: { p: { a: { r: { a: 42 } } } },
        r: { b: 42, n: 36, s: 13, t: 39 },
        s: { h: 7, k: 39, t: [{ e: { ".": 50 } }, 6] },
        t: { ".": 36, r: 1, t: { i: { s: 8 } } },
        u: 42,
        v: [{ u: 1 }, 42]
      },
      b: 67,
      c: 52,
      d: [
        { e: { r: { s: 25 } }, j: 3, r: { a: 2, y: 5 }, s: { a: { n: 8 } } },
        71
      ],
      e: [
        {
          ".": 37,
          g: { e: { ".": 6 } },
          i: { g: 1 },
          k: { l: 11, v: 6 },
          m: { s: { ö: 8 } },
          n: { l: 49 },
          r: { ".": 37, k: 13, n: 37, s: { t: { e: 7 } } },
          s: { l: 76 },
          t: { å: 1 },
          u: { m: 2 },
          v: { u: 6 },
          x: 42
        },
        36
      ],
      f: 45,
      g: [{ j: 18, l: 64, s: [{ t: 1 }, 8] }, 45],
      h: 42,
      i: [
        {
          c: { h: 1 },
          f: 37,
          g: [{ o: 6, s: 7 }, 37],
          k: { l: [{ i: 1 }, 23], s: 7 },
          m: { e: { r: 50 } },
          n: {
            d: 42,
            g: { a: { ".": 42 }, o: 19, r: 39, s: { t: 28 } },
            i: 42,
            j: 50,
            t: 42
          },
          o: 10,
          p: 42,
          s: { c: 7, t: { a: 6, r: { ö: 2 } } },
          v: { o: 6, s: 15 }
        },
        36
      ],
      j: { a: { k: 18 }, o: 52, u: 36, å: 5, ä: 30, ö: { r: 3 } },
      k: [
        {
          e: 3,
          j: { u: 5 },
          l: [{ a: { g: 1 }, ä: 5 }, 18],
          r: [{ a: 16 }, 18],
          t: 2
        },
        45
      ],
      l: {
        a: 30,
        d: [{ r: 2 }, 8],
        e: { b: 13 },
        k: 2,
        l: 10,
        o: [{ k: { v: 19 } }, 30],
        p: 2,
        s: { a: { n: 6 }, e: 11, k: { a: 2 }, o: 11, v: { a: 6 } },
        t: { i: { g: 6 }, r: 2 },
        u: [{ n: 1, s: { t: { r: { a: 20 } } } }, 30],
        v: 1,
        y: 5,
        ä: { g: { g: { s: 59 } } },
        ö: { d: 5, r: [{ t: 1 }, 25] }
      },
      m: [{ o: { l: 0 }, s: { t: 2 } }, 52],
      n: 30,
      o: {
        a: { f: 11 },
        c: { k: { u: 8 } },
        d: { l: 39, o: 6, s: { t: 7 } },
        g: { e: { ".": 11 } },
        l: { j: 42 },
        m: 42,
        r: { d: 39, g: 42, s: 8 },
        v: { o: 6 }
      },
      p: { a: { k: 0 }, e: 30, i: 30, l: { a: 5, ö: 1 }, s: { t: 6 } },
      r: 46,
      s: [
        {
          c: 18,
          j: { o: 0, ä: 0 },
          k: [
            {
              e: { n: { s: { v: 0 } } },
              i: 3,
              n: 7,
              o: { t: 5 },
              r: { ä: 3 },
              y: 3,
              å: [{ p: 25 }, 3],
              ä: 3
            },
            18
          ],
          l: { u: 3 },
          m: [{ o: 6 }, 0],
          n: { y: { t: 1 } },
          p: [{ e: 3, l: 2, o: { l: 2 } }, 18],
          s: 1,
          t: [
            {
              a: [{ k: 0 }, 3],
              e: [{ r: 1 }, 6],
              o: 3,
              y: [{ g: 0 }, 3],
              å: 3,
              ä: 3,
              ö: 5
            },
            18
          ],
          u: [{ r: 5 }, 18],
          v: [{ i: [{ d: 1 }, 0] }, 18],
          å: 0
        },
        45
      ],
      t: [
        {
          a: { t: { u: 23 } },
          e: { f: 0 },
          i: { f: 0, h: 0 },
          o: { s: 0 },
          r: { a: { t: { i: 1 } }, e: { t: 0 }, ö: 0 },
          s: { k: 1 },
          u: 8
        },
        52
      ],
      u: {
        i: 1,
        k: { t: { o: 8 } },
        l: { l: { ".": 39 } },
        n: [{ g: 14 }, 42],
        p: { p: 42, u: 6 },
        s: { s: { p: 70 }, t: { ".": 50 } },
        t: { b: 39, s: 39 }
      },
      v: [
        {
          a: [{ r: { m: 0 } }, 30],
          e: { r: { s: 27 } },
          i: 30,
          o: { s: 0 },
          r: { i: 2 },
          s: { p: 2 },
          ä: [{ v: 25 }, 30]
        },
        42
      ],
      y: {
        c: { k: { s: { t: 28 } } },
        g: { a: { t: 6 }, r: 7, s: 77 },
        s: { t: { e: 37, n: 50, r: 6 } }
      },
      å: {
        ".": 42,
        g: { s: 7 },
        n: { g: [{ s: 14 }, 36] },
        s: { k: 6, t: { e: 13, å: 6 } }
      },
      ä: {
        c: 39,
        g: { r: 13 },
        n: { d: { s: 36 }, g: { d: { e: { r: 50 } } } },
        s: { a: { n: 6 }, p: 6 },
        t: { t: { s: 14 } }
      },
      ö: { l: 39, m: 39, n: 37, r: { e: { r: 37 } }, s: 36, v: { ä: 6 } },
      é: 37
    },
    m: {
      a: [
        {
          f: { r: 1 },
          g: { n: 13, s: 13 },
          j: { u: 1 },
          k: { r: 7 },
          l: { i: 2 },
          n: { d: 25, g: { a: 31, o: 88 }, i: [{ k: 15 }, 1] },
          r: { i: 89 },
          s: { h: 19, k: { o: 7, r: { o: 14 }, ö: 1 }, t: { i: 7 }, v: 8 }
        },
        36
      ],
      b: [{ s: { k: 6 } }, 42],
      c: 42,
      d: [{ a: { t: 0 }, i: 0, o: 0, r: 16 }, 42],
      e: [
        {
          d: { s: 42, u: 6 },
          k: { l: 6, o: 6 },
          l: { d: 39, o: 19, u: 1 },
          n: { k: 13, u: 1, y: 1 },
          r: { s: { k: { o: 23 } } },
          s: { o: 6, t: [{ i: 2 }, 8] },
          t: { a: 42, r: { i: { n: 1 }, o: 7 } },
          u: 8,
          x: 42
        },
        36
      ],
      f: [{ e: { s: 0 }, n: 0 }, 45],
      g: 90,
      h: 42,
      i: [
        {
          d: { s: 7 },
          l: { u: 6 },
          n: { d: 42, g: { o: 25 }, k: [{ r: 8 }, 39], v: 39, ö: 2 },
          s: [{ f: 1, p: 6, s: { t: 14 } }, 23],
          t: { e: { ".": 6 }, r: 6, t: { s: 14 } }
        },
        36
      ],
      k: 45,
      l: 48,
      m: [{ e: { d: 13 }, s: 12, u: { l: 0 } }, 91],
      n: [
        {
          a: { m: 18, s: { t: 14 }, v: 0 },
          d: { r: 1 },
          g: 12,
          s: { t: 1 },
          t: { u: 1 },
          å: 17
        },
        45
      ],
      o: [
        {
          d: 0,
          i: 6,
          m: { r: 42 },
          n: { a: 2 },
          s: { k: 7 },
          t: { a: 11, i: { n: 6 }, u: 6, v: 7 }
        },
        36
      ],
      p: [
        {
          a: { k: 18, r: { t: 0 } },
          l: [{ a: { d: 2, n: { e: 5 }, t: 2 }, i: { n: 2 } }, 18],
          o: { s: 25 },
          p: 66,
          s: { k: 8, p: 1 },
          å: 0
        },
        45
      ],
      r: 45,
      s: [
        {
          a: { l: 0 },
          k: { e: 0 },
          l: { a: { g: 3 }, ä: 2 },
          m: 11,
          t: { e: 31, o: 30, r: [{ i: { n: 7 } }, 18] },
          ä: { p: 1 }
        },
        39
      ],
      t: 45,
      u: {
        d: 39,
        l: { l: { s: 20 }, t: { r: 19 } },
        m: 50,
        n: { g: 92, k: { o: 8 } },
        r: 37,
        s: { i: 37, t: { a: 2 } },
        t: { s: { l: 8 } }
      },
      v: 48,
      y: { n: 36, s: { t: { e: 8 } } },
      å: {
        g: 8,
        l: { ".": 36, e: { t: { ".": 50 } } },
        n: { ".": 50 },
        r: 39,
        s: 10
      },
      ä: {
        g: 39,
        k: 7,
        n: [{ s: 25 }, 36],
        r: { k: 37 },
        s: [{ t: { a: 13 } }, 36],
        t: 36
      },
      ö: {
        b: { l: 6 },
        g: { e: { n: { ".": 6 } } },
        j: 37,
        r: { k: { l: 8 } },
        s: 37,
        v: 39
      }
    },
    n: {
      a: [
        {
          ".": 37,
          d: [{ s: 14 }, 37],
          f: 42,
          g: { r: 1 },
          k: [{ o: 37, r: [{ o: 2 }, 37], t: 30 }, 42],
          l: { f: [{ l: 50 }, 42], g: 39, s: 7, u: 11 },
          m: { b: 5, n: 50 },
          n: { d: { ".": 39 }, v: 39 },
          r: { a: { p: 6 }, b: 42, k: 42, m: 39, t: 42 },
          s: { t: { r: 14 } }
        },
        36
      ],
      b: 67,
      c: [
        { h: [{ a: 3, e: 3, i: 3 }, 18], i: { s: 25 }, y: { k: { l: 14 } } },
        45
      ],
      d: [
        {
          a: { k: 0, v: 0 },
          d: 12,
          e: [{ s: 7 }, 5],
          i: { l: 0 },
          r: { a: { k: 1, s: 1, t: 2 }, i: [{ l: 5 }, 2], o: { p: 3, s: 1 } },
          s: { k: { a: { l: 1 } }, n: 2, o: { r: 7 }, v: { ä: 13 } },
          å: { s: 1 }
        },
        42
      ],
      e: [
        {
          ".": 37,
          d: { i: 6, l: 50, r: 79, s: 7, ö: 6 },
          g: { r: [{ e: { s: 1 } }, 11] },
          k: { ".": 39 },
          l: { y: 1 },
          n: { l: 39 },
          r: { s: { m: 13 } },
          s: { s: 35, t: { a: 6, i: 66 } },
          t: { r: { e: 2 } },
          u: { t: 10 },
          x: 42
        },
        36
      ],
      f: [{ a: { l: { l: { s: 59 } } }, i: { s: 14 } }, 90],
      g: [
        {
          a: { r: 0 },
          e: { n: { ".": 0, d: 0, s: 0, t: { i: 0 } }, r: { m: 0 }, t: 0 },
          i: [{ g: 2, s: 8 }, 18],
          l: { y: 6 },
          o: [{ m: 1, r: 2 }, 18],
          r: { a: { d: 2 }, ö: 0 },
          s: {
            e: { r: 6 },
            k: 21,
            p: { a: 7 },
            t: { i: { m: 13 } },
            v: { a: { l: 7 } }
          },
          ö: { d: 0 }
        },
        93
      ],
      h: 42,
      i: [
        {
          d: 39,
          e: { c: 1 },
          k: { i: 6 },
          l: { i: 1 },
          n: [{ g: { s: [{ k: 20, v: 28 }, 75] } }, 37],
          o: 10,
          p: [{ p: { r: 8 } }, 39],
          s: { t: { e: { r: { i: 1 } }, r: { a: 14 } } },
          t: { r: 12 },
          v: { s: { k: 13, t: 13 } }
        },
        47
      ],
      j: [{ a: { r: 0 }, u: { n: 3, s: 8 }, ä: 3 }, 45],
      k: [
        {
          a: { r: { t: 0 } },
          i: [{ s: { ".": 0 } }, 30],
          n: { y: 3 },
          o: 30,
          r: { a: { f: { t: { s: 94 } } }, i: 2, o: 30, u: { s: 27 } },
          s: { l: 1, p: 2 },
          t: { i: { n: 6 } },
          u: 30,
          ö: 30
        },
        42
      ],
      l: 45,
      m: 45,
      n: [{ d: 2, e: 3, i: { s: 25 }, k: 2, s: { t: 12 } }, 45],
      o: [
        {
          d: { l: 42 },
          k: { l: 6 },
          l: { j: 42 },
          m: { r: 42, s: 35 },
          r: { d: 42, g: 42 },
          s: { a: 1, c: 1 },
          t: { u: 6 }
        },
        36
      ],
      p: 45,
      r: 45,
      s: [
        {
          i: [{ n: { t: 0 }, s: { ".": 0, e: 0 } }, 11],
          k: [{ a: { n: 2 }, i: 30, o: { r: 2 } }, 11],
          l: { a: { g: { s: 59 }, s: 1 } },
          m: { i: { t: 1 } },
          o: { c: 0 },
          p: { i: 30, l: 2, o: 2 },
          s: 12,
          t: {
            a: { n: { s: 3 }, p: 3 },
            e: { l: 6 },
            i: { f: 3, g: 2 },
            r: { a: 6, i: { k: 18 } },
            u: { p: 13 },
            v: { i: { l: 13 } },
            y: 16
          },
          v: { a: 30, i: 2, ä: { r: 2 } }
        },
        39
      ],
      t: [
        {
          a: { r: { k: 0 } },
          e: { r: { s: 74 } },
          i: { n: { f: 0 } },
          o: { m: { b: 9 } },
          r: {
            a: { d: 2, h: 3, k: 3, l: { a: 5, i: 2 }, m: 5 },
            e: { p: 2, r: 3 },
            i: { a: 2, n: 2, s: 2 },
            o: { p: { i: { n: 0 } }, r: 0 },
            ö: 0
          },
          s: { c: 7, e: 6, k: { o: { r: 13 } }, t: { r: 6 } },
          u: { t: 0 },
          v: { å: 3 }
        },
        45
      ],
      u: {
        f: { t: { s: 27 } },
        g: [{ n: 5 }, 39],
        i: 37,
        m: [{ s: 19 }, 37],
        p: [{ p: 3 }, 42],
        t: { b: 42 }
      },
      v: 45,
      y: { g: { r: 1 } },
      z: 5,
      å: { r: 39 },
      ä: { ".": 39, c: 39, m: 37, t: 37 },
      ö: {
        g: 95,
        j: [{ a: 11 }, 37],
        k: { r: 1 },
        l: 39,
        s: [{ k: { e: 13 } }, 8]
      }
    },
    o: {
      a: [{ r: { d: 18 } }, 30],
      b: [{ j: 96, l: { i: 0 }, y: 8 }, 18],
      c: { k: { r: 34, s: { k: 7 }, u: 2 } },
      d: [
        {
          e: { k: 8 },
          i: { a: 8 },
          l: { i: 36 },
          r: { a: { l: 5 }, o: 3 },
          s: { k: 8, t: [{ i: 8, u: 1 }, 11] },
          ä: 3
        },
        18
      ],
      e: 30,
      f: { f: { s: { t: 19 } }, l: 0, r: 3, ö: { r: { m: { å: 32 } } } },
      g: [
        {
          a: { v: 0 },
          g: { r: 2 },
          j: 0,
          l: { o: 5, y: 5 },
          n: { o: { s: [{ t: 19 }, 27] } },
          r: { i: 0, ö: 0 },
          s: { e: 2, t: 79 },
          ä: 0
        },
        30
      ],
      i: [{ l: 0 }, 30],
      j: 30,
      k: [{ l: { i: 0 }, n: 2, s: { l: 2, u: 6 }, v: 18 }, 30],
      l: {
        a: [{ k: 5, u: 1 }, 30],
        f: { ö: 25 },
        j: 36,
        k: { a: 2, r: 7, u: 6, ä: 6 },
        l: { s: { i: 8, l: { ä: 13 } }, ä: 2 },
        m: { s: 8 },
        n: { s: 7 },
        o: [{ k: { v: 13 } }, 30],
        s: { a: 6 },
        t: { å: 6 },
        u: [{ g: 0, r: 0 }, 30],
        y: 30,
        å: { r: 1 },
        ä: 30
      },
      m: {
        b: { r: { ä: 6 } },
        e: { n: 3 },
        o: { r: { d: 0 } },
        p: { a: 1, l: 2 },
        r: [{ a: 39 }, 36],
        s: { k: 10, t: { e: 6 }, ä: { t: 37 } },
        t: { r: 6, v: 2 }
      },
      n: {
        c: 2,
        g: { i: 1, r: 10, s: { l: 25 } },
        i: { n: { s: 0 } },
        j: 2,
        k: 54,
        s: { c: 7, i: { s: 14 }, m: 7, t: { e: { l: 1, r: 8 } } },
        t: { r: { a: { s: 2 }, e: 6 }, s: 8 },
        y: 30,
        å: 1,
        ä: 30,
        ö: 3
      },
      o: { d: 6, m: { s: 13 }, r: 3 },
      p: {
        e: 30,
        i: 30,
        l: { i: { n: { e: 5 } } },
        p: { l: [{ e: 7 }, 6], r: 6, u: 6 },
        r: { i: 3 },
        s: { t: 6 },
        å: 3
      },
      q: 5,
      r: {
        a: [{ k: 3, n: { g: 80 }, p: 18 }, 39],
        d: { n: 36, ä: 34 },
        e: { h: 0 },
        g: { a: [{ n: { i: 50 } }, 36], r: 6, å: 6 },
        i: [{ e: { n: { t: 37 } } }, 30],
        k: 39,
        m: { ö: 6 },
        n: { u: 6, ä: 6 },
        o: 30,
        p: { l: 6, r: 1 },
        s: { p: { a: 6 }, t: { i: { g: 13 } } },
        t: { e: 1, r: [{ e: 7, o: 7 }, 11] },
        u: 30,
        y: 3,
        ä: 30,
        ö: 30
      },
      s: {
        f: { ä: 64 },
        k: { l: 8, o: { p: 30 } },
        o: { m: 3 },
        p: { i: { g: 1 } },
        s: { k: 6, t: 97 },
        t: {
          i: { g: 2, k: { e: { r: 1 } }, l: { l: 5 } },
          r: [{ o: { n: 13 }, ö: 13 }, 6],
          u: { l: 2 }
        }
      },
      t: {
        a: { l: { a: { n: 23 } } },
        i: { ".": 39, e: 39, n: 39 },
        o: 30,
        r: { o: 5, u: { n: 1 } },
        s: { v: 2 },
        t: { i: 1, r: { ä: 6 }, s: 23 },
        u: [{ n: 5 }, 30],
        v: { i: { n: 27 } },
        y: 30,
        å: 5,
        ä: 3
      },
      u: { n: 8, p: 8, r: [{ ö: 2 }, 39], s: 6, t: { t: 98 } },
      v: {
        a: [{ n: 8 }, 30],
        i: 30,
        r: 2,
        s: { i: 6, l: 2, m: { e: 8 } },
        ä: 30
      },
      w: { e: 3 },
      x: 1,
      y: 11,
      å: 3,
      ä: { n: 3 },
      ö: 3
    },
    p: {
      a: [
        {
          f: 39,
          g: 8,
          k: { i: [{ s: 27 }, 14] },
          l: { a: 1, s: 19, ä: 1 },
          n: { d: { ".": 39 }, t: { r: 8 } },
          p: 37,
          r: { b: 42, m: 39, s: 7 },
          s: { k: [{ i: 1 }, 42], t: 11 },
          t: { r: 37 },
          u: 2
        },
        36
      ],
      b: 67,
      c: 42,
      d: 82,
      e: {
        k: { t: { r: { i: 13, o: 14 } } },
        l: { d: 39, s: { i: 35 } },
        m: 39,
        n: { g: 50, n: 37, t: { r: 19 } },
        r: { b: { l: 8 }, i: { o: 37 }, s: [{ l: 8 }, 37] },
        t: { r: { o: 1 } },
        x: 39
      },
      f: 45,
      g: 46,
      h: 42,
      i: { e: { l: 6 }, g: 36, o: 10, p: 37, s: { o: 1, t: { a: 1, o: 1 } } },
      j: [{ ä: { s: 37 } }, 18],
      k: 99,
      l: [
        {
          a: { c: 0, n: { ".": 50, e: 0 }, r: { n: 3 } },
          e: { v: 3, x: 37 },
          i: { c: 37, k: 36, t: 39 },
          j: 3,
          o: { m: 36, p: 3 }
        },
        18
      ],
      m: 45,
      n: [{ i: 3 }, 52],
      o: [
        {
          a: 50,
          c: 42,
          f: 42,
          i: 11,
          l: { i: { t: 37 }, j: 39, y: 14 },
          r: { g: 42 },
          s: [{ t: { e: { r: 8 } } }, 37],
          v: [{ ä: 6 }, 39]
        },
        36
      ],
      p: [
        {
          a: { r: { t: 0 }, s: { k: 1 }, x: 0 },
          e: 3,
          i: [{ n: { s: 0 } }, 30],
          j: 2,
          l: [
            {
              a: 2,
              i: { n: 2, s: 1 },
              u: 1,
              y: 2,
              å: { n: 2, t: 2 },
              ä: 2,
              ö: 2
            },
            10
          ],
          o: { c: 1, f: 2 },
          p: 12,
          r: [{ a: 2, i: 2, u: 2, y: 2, ä: 2 }, 10],
          t: { r: 2 },
          u: 18,
          y: 5,
          å: 2
        },
        42
      ],
      r: [
        {
          a: [{ x: 50 }, 42],
          e: { s: [{ t: [{ a: 7, o: 19 }, 25] }, 36] },
          i: { g: 3, k: 3, l: 50, n: { c: 37, g: 20 }, o: { l: 5 } },
          o: [{ g: 7, r: 3 }, 37],
          å: 39,
          ä: { s: 37 },
          ö: { v: 37 }
        },
        100
      ],
      s: [
        {
          a: { l: [{ m: 37 }, 18] },
          h: { o: 101 },
          k: { e: { n: 6 } },
          l: { i: 11 },
          n: { a: 3 },
          o: [{ d: 3 }, 39],
          t: [{ a: { k: 0 }, ä: { v: 0 } }, 29],
          ö: 18
        },
        42
      ],
      t: [{ r: { i: 3 } }, 45],
      u: [
        {
          g: 39,
          l: { l: { o: { v: 70 } }, t: { r: 13 } },
          n: { g: 50, k: 37 },
          s: { t: 7 }
        },
        36
      ],
      v: 45,
      å: { d: { r: 2 } },
      ä: { l: 37, r: { o: 1 } },
      ö: { r: 39 },
      é: 37
    },
    q: { u: [{ e: 37 }, 6] },
    r: {
      a: [
        {
          ".": 37,
          c: { i: { t: 25 } },
          d: { e: { ".": 37 }, r: 39, u: 6 },
          e: 102,
          f: { f: { ä: 42 }, r: 2 },
          i: { s: 1 },
          k: 42,
          l: { o: 11 },
          n: { d: { e: [{ ".": 37 }, 0], r: 103, s: 14 }, s: { v: 42 } },
          p: { l: 2 },
          r: [
            {
              ".": 0,
              b: 39,
              e: 0,
              g: 39,
              k: 0,
              m: 39,
              n: 0,
              s: 0,
              t: [{ a: 3 }, 39],
              ö: 1
            },
            37
          ],
          s: [{ h: 7, t: [{ e: { ".": 37 } }, 11] }, 0],
          t: { i: { v: 37 }, r: { i: 2 } },
          v: 42,
          y: { o: 1 }
        },
        36
      ],
      b: 42,
      c: 45,
      d: [
        {
          a: { f: 0, g: { r: 13 } },
          j: 3,
          o: { s: 0 },
          r: { a: { n: 2, t: 2 } },
          u: { l: 0 },
          å: 3,
          ä: 3,
          ö: { s: 0 }
        },
        71
      ],
      e: [
        {
          ".": 37,
          a: { u: { s: 39 } },
          b: 2,
          c: [{ o: 50 }, 39],
          d: { r: 12, u: 1 },
          f: { t: 39 },
          g: { g: 39, n: { ".": 37 } },
          k: { r: 10, t: { r: { i: 13 } } },
          l: { d: 39, u: 2 },
          m: { p: 13, s: 37 },
          n: { ".": 0, i: 42, k: 42, l: 42, ö: 2 },
          o: 2,
          r: { ".": 37, n: 37 },
          s: { o: 37, s: { k: 19 }, t: { i: 10 } },
          t: { ".": 37, e: { t: 39 }, r: { o: 7 }, y: 39, å: 1 },
          v: { i: { g: 42 } },
          x: 39
        },
        36
      ],
      f: [{ ö: { r: { i: 7 } } }, 45],
      g: [{ g: 24, s: { t: { o: { p: 13 } } } }, 45],
      h: [{ a: { n: { d: { s: 59 } } } }, 42],
      i: {
        a: { l: 37 },
        b: 39,
        f: { i: 37, r: [{ å: 3 }, 42], u: 37 },
        g: { t: 37 },
        k: { s: 23, t: { n: 37 } },
        m: { o: 6 },
        n: {
          d: [{ s: 14 }, 42],
          g: { e: { n: { ".": 50 } }, r: 14 },
          r: 42,
          s: 42,
          t: 42
        },
        o: [{ t: 37 }, 10],
        p: { l: { e: 1 } },
        s: { t: { ä: 11 } },
        t: { u: { t: 6 } },
        v: { i: { s: 6 }, s: 7 }
      },
      j: [{ i: { s: 0 }, o: 3, u: 5, ö: 5 }, 39],
      k: [
        {
          a: { k: { t: 2 } },
          e: { k: 0, s: 14 },
          i: 30,
          l: { a: { s: 3 }, e: 11, ö: 0 },
          n: [{ e: 6 }, 2],
          o: [{ d: 0 }, 30],
          t: { r: 2 },
          u: [{ p: 0 }, 30],
          ä: 30,
          ö: { r: 5 }
        },
        42
      ],
      l: [{ a: { k: { a: 5 }, v: 5 }, d: [{ s: 14 }, 23], s: { p: 1 } }, 45],
      m: [{ a: { r: { b: 0 } }, i: { l: 0 }, s: { j: 43 }, t: { r: 1 } }, 45],
      n: [
        { a: { l: 25 }, g: 12, k: 10, o: { m: 18 }, s: { k: 8, t: 8 }, t: 2 },
        45
      ],
      o: {
        b: 2,
        g: { r: { o: 6 } },
        k: { r: 11 },
        l: { j: 42, l: { i: 8 } },
        m: { a: [{ n: 50 }, 8] },
        n: { a: { u: 50 }, d: { ".": 50 }, v: 8 },
        p: { l: 2, p: { s: 31 } },
        r: { a: 6, d: 42, g: 42, i: { e: 42 }, n: 37 },
        s: { i: { n: 6 }, n: 6, v: 7 },
        t: { e: 1 }
      },
      p: [{ l: { ö: 0 }, ö: 0 }, 45],
      r: [
        {
          a: { n: 8 },
          d: 8,
          e: { l: { i: { g: { i: 94 } } }, s: 25 },
          i: { b: 5 },
          k: 66,
          o: { b: 0, m: 0 },
          s: [{ k: 23 }, 10],
          u: { r: 0 }
        },
        52
      ],
      s: [
        {
          e: { l: { d: 0 }, x: 0 },
          i: { n: 18 },
          k: {
            i: [{ d: 0 }, 30],
            n: { a: 7 },
            o: { l: { l: 1 }, s: 6, t: { t: { s: 72 } } },
            u: 18,
            ö: 3
          },
          l: { a: { g: { s: { v: 32 } } }, e: 0, o: 0, ö: 104 },
          m: { o: 6 },
          n: { a: { t: 1 }, ä: 1 },
          p: [{ l: 18, o: 18 }, 30],
          s: 12,
          t: {
            a: { k: 1 },
            e: [{ k: 5, n: { d: 1, i: 5 } }, 6],
            i: { l: { l: 1 } },
            o: [{ n: 0 }, 30],
            r: [{ ö: 3 }, 8],
            u: 3
          },
          v: [{ a: { g: 6 }, ä: 18 }, 30],
          y: 30
        },
        42
      ],
      t: [
        {
          a: { f: 18, k: { t: { i: 18 } }, n: 6 },
          i: { n: { s: 0 } },
          o: { m: 0 },
          r: { i: { t: 5 }, ä: 3 },
          t: 2,
          u: { t: 0 }
        },
        45
      ],
      u: {
        b: { b: { l: 19 }, r: 2 },
        d: { a: { n: 6 } },
        k: { s: [{ v: 14 }, 15] },
        l: { l: { e: { r: { a: 50 } } } },
        m: { ".": 37 },
        n: { n: [{ s: 28 }, 31] },
        p: { p: 39 },
        s: { h: [{ a: 1 }, 23] },
        t: [{ i: { g: 50 }, r: { a: 8 } }, 42],
        v: { i: 6 },
        ö: 50
      },
      v: [{ s: { j: 6, k: { ä: 43 } } }, 45],
      w: 3,
      y: { d: { d: { s: 19 } }, o: 1 },
      å: {
        g: { e: { l: 19 } },
        l: 39,
        n: { g: { s: 14 } },
        r: { a: 1 },
        s: { t: 2 }
      },
      ä: {
        c: { k: { s: 19 } },
        k: { t: 39 },
        m: 39,
        n: { g: { s: 14 }, s: { t: 19 } },
        s: [{ a: { n: 6 }, s: 7, t: { i: 1 } }, 39],
        v: { s: 13 }
      },
      ö: {
        d: { e: { l: 13 }, r: 13, s: 7 },
        g: 42,
        i: 3,
        k: { s: 7 },
        n: { s: { t: 25 } },
        p: 39,
        r: [{ s: 8 }, 37],
        s: { t: [{ r: 14 }, 6] },
        v: { r: 30 }
      }
    },
    s: {
      a: [
        {
          ".": 37,
          d: { ".": 37, e: 37, j: 39, r: 105, s: 13 },
          f: 42,
          i: 2,
          k: { r: { i: 13 }, t: 45 },
          l: { o: 1 },
          m: [{ a: 11, m: { a: { n: 33 } }, o: { r: 11 } }, 53],
          n: { d: { s: 14 }, g: 39, l: [{ ä: 3 }, 42], s: { l: { a: 7 } } },
          p: 42,
          r: { ".": 58, b: 42, m: [{ ".": 5 }, 42], n: 37, t: 42, v: 39 },
          s: { s: 39 },
          t: { ".": 50, u: 6 },
          u: [{ k: 3 }, 42],
          v: 45
        },
        36
      ],
      b: 39,
      c: [
        {
          h: {
            ".": 42,
            a: [{ u: 42 }, 36],
            b: 39,
            e: { n: 36, r: 36, t: 36 },
            i: 36,
            k: 39,
            m: 39,
            p: 39,
            y: 37,
            ö: 37
          },
          i: { p: 7 }
        },
        18
      ],
      d: 46,
      e: [
        {
          a: { t: { ".": 6 } },
          g: [{ g: 48, l: 37, r: { a: 7 } }, 11],
          k: { l: { e: 13 }, r: 7, t: { r: 13 } },
          l: { ".": 37, y: 1 },
          m: 23,
          n: { ".": 37 },
          r: { s: { ä: 5 } },
          t: { ".": 37 },
          x: { p: 42 }
        },
        36
      ],
      f: [{ ä: { r: { ".": 0 } }, ö: 23 }, 45],
      g: 99,
      h: [{ a: { w: 65 }, i: { s: 21 }, ö: 5 }, 42],
      i: [
        {
          d: { s: 13 },
          e: [{ r: { i: 6 }, s: { k: 6 }, t: { t: 11 } }, 50],
          g: 53,
          k: [{ t: { s: 20 } }, 37],
          l: { l: { ".": 50 }, v: { e: { r: 33 }, r: 14 } },
          n: {
            d: 45,
            f: 45,
            n: { e: { s: 106 }, i: 37 },
            r: 39,
            s: [{ t: 30 }, 107],
            t: { ".": 50, r: 42 }
          },
          o: 37,
          s: { t: 8 },
          u: 8
        },
        36
      ],
      j: [
        {
          a: { k: [{ t: 3 }, 42] },
          n: 39,
          t: 39,
          u: [{ k: 50, r: 39 }, 0],
          ä: { l: { s: 20 } },
          ö: 37
        },
        47
      ],
      k: {
        ".": 39,
        a: {
          ".": 42,
          d: { a: 53, o: 18 },
          f: { f: { n: 37 }, t: 36 },
          g: 0,
          l: [{ ".": 37 }, 18],
          p: [{ ".": 50, e: { t: 50 }, i: 39, s: 75 }, 36],
          r: [{ a: 0, v: 50 }, 39],
          s: 39,
          t: 18,
          v: 0
        },
        e: { ".": 39, d: { ".": 37 }, n: { e: 0 }, p: { p: 37 } },
        h: 39,
        i: [{ f: 37, n: 50, s: { ".": 39 }, v: 50 }, 6],
        j: { o: { r: 50 }, u: 37 },
        l: [{ a: { p: 1, s: 3 } }, 39],
        n: 39,
        o: {
          ".": 58,
          g: [{ s: { g: 39 } }, 51],
          l: [{ a: 37, o: 0 }, 36],
          r: { p: 0, s: { t: 15 } },
          t: 36
        },
        r: {
          a: { n: { ".": 5 }, t: 37 },
          e: { t: 6, v: 37 },
          i: [{ f: 37, g: 3, n: 50, p: 37, s: 5, v: 37 }, 36],
          o: { n: 5 },
          u: [{ b: 50, v: 37 }, 0],
          ä: { c: 50 }
        },
        s: 2,
        t: 42,
        u: { l: { p: 37 }, p: 3 },
        v: [{ e: 0 }, 42],
        y: [{ n: 0, r: { k: 42 } }, 47],
        å: [{ l: 0, p: { ".": 50 }, r: 39 }, 36],
        ä: { n: { k: 50 }, r: { v: 37 } }
      },
      l: [
        {
          a: {
            ".": 39,
            d: { ".": 5 },
            n: { d: 3, g: 53, t: 0 },
            r: { ".": 3 },
            s: 39,
            t: 30
          },
          e: { v: [{ ".": 37 }, 18] },
          i: { c: 0, n: { s: 20 }, s: 39, t: 18 },
          o: { r: 5, t: { t: { s: 33 } } },
          u: [{ c: 3, f: 3, s: [{ t: 3 }, 39], t: [{ o: 8 }, 37] }, 18],
          å: { ".": 37, r: 96 },
          ä: { k: 0, m: 5, n: { n: 5 }, p: 58, r: 46, t: 18 },
          ö: { j: 53 }
        },
        108
      ],
      m: [
        {
          a: { k: [{ ".": 37, t: 3 }, 18], l: 18 },
          e: { t: { ".": 18 } },
          i: { d: 18, t: [{ t: { a: 37 } }, 18] },
          j: 3,
          u: { g: 50 },
          y: { g: 50 },
          å: { g: 13, k: 7, s: 7 },
          ä: { d: 37, l: 37, s: 39 },
          ö: { r: 37 }
        },
        42
      ],
      n: [
        {
          a: { b: 37, c: 58, m: 3, r: { e: 5 }, s: { t: 3 } },
          e: { r: 5 },
          i: { b: 37, l: 37, t: [{ t: 36 }, 37], v: 3 },
          u: { t: 37 },
          å: [{ r: 50 }, 0],
          ä: { c: 50, r: 0 },
          ö: { ".": 37, g: 13, r: 37, s: 7 }
        },
        109
      ],
      o: [
        {
          c: [{ k: 50 }, 37],
          d: 42,
          i: 50,
          l: { j: 42, s: 77 },
          m: [{ m: 50 }, 42],
          n: [{ s: { t: 8 } }, 37],
          p: { r: { a: 1 }, u: 6 },
          r: { ".": 37, d: [{ ".": 5 }, 42], g: 42, n: 37 },
          t: [{ t: 39 }, 37]
        },
        36
      ],
      p: [
        {
          a: {
            n: { n: { ".": 50 } },
            r: { k: 0, v: 50 },
            s: [{ s: 3 }, 39],
            t: { r: 13 }
          },
          e: [
            {
              d: 39,
              k: 58,
              l: [{ s: { l: 39 } }, 58],
              n: 42,
              r: 42,
              t: { s: 50 }
            },
            36
          ],
          i: { l: { l: 37 }, r: 37 },
          l: [
            { a: [{ n: 3, t: { s: 3 } }, 30], i: [{ n: 0, t: 50 }, 25], ä: 5 },
            39
          ],
          r: {
            e: [{ s: 3 }, 39],
            i: { s: 46, t: 37 },
            o: 42,
            y: 3,
            å: 37,
            ä: { n: 50 }
          },
          s: 3,
          å: [{ n: 37, r: 37 }, 51],
          ä: { n: 50 },
          ö: 37
        },
        100
      ],
      r: 52,
      s: [
        {
          a: { d: 5 },
          e: { l: { i: { n: 8 } } },
          i: { l: 5 },
          k: [{ l: 1, u: { n: 2 } }, 11],
          l: [{ a: { g: { ".": 11 } }, ä: 11, ö: 11 }, 10],
          n: { a: 2 },
          s: 8,
          u: { n: { n: 2 } },
          v: [{ i: 2 }, 18]
        },
        52
      ],
      t: [
        {
          ".": 42,
          a: {
            ".": 39,
            c: 50,
            d: { i: 37 },
            f: 0,
            l: { g: { i: { s: 50 } }, l: { a: 37, i: 42 } },
            m: { ".": 50, m: 50 },
            n: { t: 36 },
            r: { k: { ".": 50 }, t: { a: { d: 50 } } },
            t: { e: 36, l: 37 },
            u: 36
          },
          c: 2,
          e: {
            ".": 49,
            a: 39,
            g: { ".": 50 },
            k: { ".": 0, n: 42, t: 50 },
            l: { l: 0 },
            m: { ".": 37, e: 37 },
            n: { a: { r: 50 }, e: 58, s: { e: 37, m: 50 } },
            r: { a: 36, i: { n: { g: 36 }, u: 0 }, n: { e: 37 } },
            t: { i: { s: 50 } }
          },
          i: {
            a: 42,
            b: 42,
            c: { k: 37 },
            d: 42,
            k: { e: { n: 0 } },
            l: [{ ".": 37 }, 42],
            n: { k: 37 },
            s: { c: 37 },
            t: 36
          },
          j: [{ u: 5, ä: { l: 37, r: 37 } }, 42],
          m: 42,
          o: {
            c: 50,
            l: [{ k: 39 }, 36],
            m: 39,
            r: { i: { e: { u: 27 }, s: 50 }, s: 14 }
          },
          r: {
            a: { f: { f: 37 }, t: { i: { v: 39 }, o: 37 } },
            e: { c: 37, j: 37, n: 2, r: 36 },
            i: {
              a: 42,
              d: [{ e: 50 }, 36],
              e: { l: 42 },
              f: 6,
              k: { t: 36 },
              s: { k: 1 }
            },
            u: [{ k: 37, m: { m: 42 } }, 36],
            y: { c: 3, k: 50 },
            å: { k: 50, l: 37 },
            ä: { c: 37, d: 39, n: { g: 37 }, v: 50 },
            ö: { m: 37 }
          },
          s: 110,
          t: 2,
          v: [{ i: { s: 3 } }, 39],
          y: [{ p: 42 }, 36],
          å: [{ g: 39, l: 50 }, 36],
          ä: [{ l: 37 }, 36],
          ö: 36
        },
        18
      ],
      u: [
        {
          b: 6,
          g: 37,
          i: 2,
          m: 37,
          n: [{ ".": 50, d: { e: { r: 30 } }, e: 50, g: 5 }, 42],
          p: [{ a: 50, u: 11 }, 42],
          s: 50,
          t: [{ o: 6, r: 6 }, 45]
        },
        36
      ],
      v: [
        {
          a: {
            g: { ".": 50, n: 3 },
            k: 46,
            m: 50,
            p: 39,
            r: { s: 20, t: 37 },
            s: 39,
            t: 3
          },
          e: { c: 39, n: 37, p: 50, r: 46, s: 5 },
          i: { l: 46, n: { e: 0 }, s: 39, t: { t: 5 } },
          å: { d: 5, r: { i: 37 } },
          ä: { n: { g: 37 }, r: { m: { ".": 50 } }, s: 3, t: 3 }
        },
        100
      ],
      y: {
        k: 39,
        l: 50,
        n: [{ k: 7 }, 37],
        r: { k: 3 },
        s: [{ t: [{ e: { r: 13 } }, 8] }, 37],
        t: [{ h: 1 }, 23]
      },
      å: [{ g: 50, k: 39, l: { d: { e: 42 } }, n: { g: 14 } }, 36],
      ä: [{ d: 0, g: { g: 49 }, l: 0, p: 42, s: 50, t: [{ a: 39 }, 37] }, 36],
      ö: [
        {
          d: 39,
          g: [{ a: 5 }, 42],
          k: { o: 6 },
          l: 39,
          p: 39,
          r: { s: 23, t: 48 }
        },
        36
      ]
    },
    t: {
      a: [
        {
          ".": 37,
          c: { h: 10 },
          d: { e: { ".": 37 }, i: 39, s: 111 },
          f: { f: 42 },
          g: { a: 37 },
          k: { ".": 50, r: { e: 1 }, t: { i: { g: 42 }, o: 8 } },
          l: { f: 39, l: { i: { s: { e: 50 } }, s: 19 }, v: 39 },
          m: { e: 37, i: 37 },
          n: {
            ".": 37,
            a: { b: 6 },
            d: { e: { ".": 37 } },
            f: { a: 48 },
            l: 39
          },
          p: { l: 112, p: { a: { r: 42 } } },
          r: {
            ".": 37,
            b: 39,
            m: { i: 8 },
            n: 37,
            s: 25,
            t: [{ a: { v: { l: 50 } } }, 39],
            v: 39
          },
          s: { k: 39, t: [{ r: 10 }, 37] },
          t: [{ a: { n: 6 }, s: 14, t: 42 }, 23],
          v: [{ e: 39, l: { a: { ".": 50, n: 37 }, o: 37 }, s: 23 }, 42],
          x: 37
        },
        36
      ],
      b: 67,
      c: [{ h: { a: 3, e: 3 } }, 42],
      d: 82,
      e: [
        {
          a: { s: 6 },
          b: 12,
          c: 50,
          g: [{ r: [{ e: 2 }, 61] }, 39],
          i: [{ n: { t: 6 } }, 2],
          j: [{ s: 23 }, 39],
          k: { l: 6, n: { i: { k: 50, s: 50 } } },
          l: { d: 39, ö: 113 },
          m: { a: 50, o: 39, u: 6 },
          n: { g: 35, s: { i: 50 }, t: { r: 7 }, ä: 6, ö: { r: 1 } },
          r: {
            ".": 50,
            i: { ö: 50 },
            k: 35,
            m: 50,
            n: { a: 50 },
            s: 50,
            t: 7,
            u: 6
          },
          s: { ".": 50, t: [{ e: 8, i: { k: 1 }, u: 1 }, 50] },
          t: { i: { k: 50 }, s: 14 },
          x: { a: 39, p: 42 }
        },
        53
      ],
      f: 90,
      g: 82,
      h: [{ e: { n: 0 } }, 42],
      i: [
        {
          a: { l: 37 },
          b: 50,
          c: { i: 50 },
          d: [{ e: 50, u: 6, ö: 39 }, 37],
          e: { d: 6 },
          f: { t: { s: 28 } },
          g: { e: { l: 11 }, h: 37, o: 6, r: 11, t: 37 },
          k: { l: 7, s: 37, u: { l: 50 } },
          l: [{ j: 50, l: { s: { t: 37 }, v: 37, ä: 37 } }, 18],
          m: { e: 50 },
          n: { d: 42, r: 42, t: 42 },
          o: { d: 6, n: 37, s: 11 },
          s: [{ c: 39, k: 50 }, 37],
          v: { a: [{ n: 6 }, 37], i: { t: { e: 50 } } },
          ö: 11
        },
        36
      ],
      j: [{ e: 39, o: { b: 39, u: 42 }, ä: { l: 39, m: 39, n: 37 } }, 18],
      k: 55,
      l: 48,
      m: 45,
      n: [{ e: { r: 8 } }, 83],
      o: {
        d: { l: 39 },
        k: 37,
        l: { ".": 39, j: 39 },
        m: { r: 42, s: 39 },
        p: 18,
        r: {
          a: { p: 50 },
          d: { ".": 5 },
          i: { e: { t: { t: 50 } } },
          m: [{ s: 14 }, 39],
          n: 37,
          s: { t: 21 },
          t: { ".": 39 }
        },
        s: { k: 8, t: { ".": 5 } },
        v: 0
      },
      p: 45,
      r: [
        {
          a: [
            {
              f: [{ i: 37 }, 0],
              l: { ".": 58, a: 0, e: 58, o: 50, s: 37, t: 0 },
              n: { s: [{ a: 114 }, 37] },
              r: 39,
              s: { ".": 3 },
              t: { ".": 3, o: 0 }
            },
            42
          ],
          e: { g: 39, n: 39, r: { ".": 39, n: 39 }, t: { s: { ".": 3 } } },
          i: [
            {
              b: { u: 37 },
              c: { k: 50 },
              d: { s: 20 },
              e: { l: 5 },
              n: { g: [{ ".": 3 }, 30] }
            },
            42
          ],
          o: {
            c: [{ k: 3 }, 42],
            g: 0,
            n: { i: { k: 5 }, o: 3 },
            p: { i: { ".": 39 } },
            s: { s: 50 },
            t: { n: 50 }
          },
          u: { m: { p: 0 }, p: [{ p: 37 }, 0], s: { t: { a: 19 } } },
          y: { c: [{ k: { ".": 50 } }, 36], g: { g: { h: 50 } } },
          å: { k: 39 },
          ä: {
            ".": 50,
            d: [{ s: 27 }, 37],
            f: 37,
            g: 37,
            k: [{ n: 3 }, 39],
            n: [{ i: 50 }, 0]
          },
          ö: { j: { a: 50 }, t: 0 },
          é: 50
        },
        69
      ],
      s: [
        {
          a: { n: { d: 4 }, r: { t: 1 }, t: 16 },
          e: [{ g: 0, n: 6, x: 0 }, 3],
          k: [
            {
              a: { l: { l: 5 }, t: { t: 3 } },
              i: 30,
              l: 2,
              o: { t: { t: { s: 94 } } }
            },
            11
          ],
          l: { o: { t: 5 }, ä: { k: 1 } },
          n: { ä: 2, ö: 3 },
          o: [{ r: { d: 2 } }, 18],
          p: { l: 2 },
          s: 8,
          t: [
            {
              e: [{ r: 1 }, 6],
              i: { l: { l: { f: 1 } } },
              j: 2,
              o: { l: 3, n: 0 },
              r: { a: 18, y: 0 },
              u: { r: 0 },
              y: { r: 5 }
            },
            30
          ],
          u: [{ d: 3 }, 18],
          y: 5
        },
        42
      ],
      t: [
        {
          a: { c: 3, u: 0 },
          e: { d: 0, g: 88, m: 0, n: 23, s: 25, x: 0 },
          i: { n: { s: 0 }, p: 0 },
          j: { a: 2 },
          o: 30,
          r: { a: { d: 2, n: { d: 2 }, t: 2 }, e: 2, i: 2, y: 6 },
          s: { e: 6, i: 11, t: { a: 6 } },
          u: [{ g: 0 }, 3],
          v: [{ å: 6 }, 10],
          y: 3,
          ä: 3,
          ö: { r: 3 }
        },
        42
      ],
      u: {
        g: { n: 56 },
        n: { d: 42, g: { a: 37, s: 14 }, n: 50 },
        p: { p: 42 },
        r: { e: 1 },
        t: { b: 42, v: 3, ö: 3 },
        v: { u: 6 },
        ö: 50
      },
      v: [
        {
          a: 30,
          e: 39,
          i: { g: 3, n: { g: 37 }, t: 3, v: 37 },
          å: { g: 3, n: 37 },
          ä: { n: 3, r: { s: 14 }, t: { t: 37 } }
        },
        42
      ],
      y: {
        d: { a: 1 },
        g: { ".": 50 },
        n: { g: { d: 37 } },
        p: [{ i: 2 }, 37],
        s: 50
      },
      z: 42,
      å: { g: 37, s: 8, t: 39 },
      ä: { c: { k: { o: 8 } }, g: 56, m: 39, r: { m: 39 }, v: { l: 37 } },
      ö: {
        d: [{ e: 1 }, 115],
        g: 39,
        p: [{ i: 6 }, 39],
        r: { e: { r: 37 }, s: { t: 14 } },
        v: { a: { s: 6 } }
      },
      é: 50
    },
    u: {
      a: 30,
      b: [{ a: { l: 1 }, b: { l: { e: 8 } }, l: { i: { c: 2 } }, o: 0 }, 18],
      c: { h: { a: 3 }, l: 5 },
      d: [
        { a: { k: 0 }, e: 5, r: [{ e: { t: 6 } }, 2], s: { a: 8 }, u: 0, y: 0 },
        18
      ],
      e: [{ s: 18 }, 30],
      f: { f: { ä: 6 }, t: { a: { n: 6 }, o: 6 } },
      g: { a: 52, e: 30, g: { s: 7 }, n: [{ s: 19 }, 8], s: 12 },
      i: { e: 5, n: 30, s: 3, t: { e: { t: 3 } } },
      j: 3,
      k: {
        e: { b: 18 },
        i: 5,
        l: [{ a: 1 }, 0],
        n: 2,
        o: [{ s: 25 }, 30],
        s: [{ k: { o: 13 } }, 11],
        t: { r: { i: { s: 2 } }, s: 13, ä: 6 },
        u: 3,
        v: 2
      },
      l: {
        a: 30,
        d: { i: 6, s: { m: 31 }, u: 6, ö: 6 },
        l: { s: { t: { e: 7 } }, ä: { n: 7 } },
        o: 30,
        s: { t: { i: 13 } },
        t: { r: 11 },
        u: 3,
        ä: 30,
        ö: 30
      },
      m: { f: { ä: 6 }, s: { o: 6, t: 8 }, u: 30, ö: { r: 3 } },
      n: {
        d: {
          e: { r: { l: 50, s: { ö: 36 }, v: 36 } },
          o: { m: 6 },
          r: 7,
          å: 6
        },
        g: {
          e: { f: 76, r: { s: { k: 2 } } },
          i: { t: 13 },
          r: 7,
          s: { p: 25 }
        },
        i: { f: 37 },
        k: { l: 7, n: 7, r: 6 },
        s: { k: 10 },
        t: { r: [{ a: { t: { i: 1 } } }, 6] },
        u: 5
      },
      o: 30,
      p: {
        e: [{ r: { n: 0 } }, 30],
        i: 30,
        l: [{ e: { t: 3 }, i: { k: 2 } }, 18],
        p: {
          f: { a: 37 },
          g: 36,
          i: { n: 6 },
          l: { a: 36, ä: 50 },
          r: 79,
          s: [{ p: 13 }, 7]
        },
        u: { t: 1 }
      },
      r: {
        a: { k: 1, r: { v: 1 } },
        e: 3,
        i: 30,
        o: [{ b: 0, m: 0 }, 30],
        s: { t: { i: { n: 13 }, ä: 6 } },
        y: 5
      },
      s: {
        a: { k: 18, n: { l: 1 } },
        c: { h: { a: 3 } },
        e: [{ n: 14 }, 3],
        k: [{ a: 2, l: { a: 6 }, r: 6, y: 5, å: 6 }, 22],
        l: { ä: 1 },
        n: 2,
        p: [{ e: { n: 2 } }, 18],
        t: { a: { t: 1 }, i: { g: 2, k: 3, n: 1 }, r: { o: 13 }, å: 0, ä: 0 },
        v: 2,
        å: 0,
        ä: 0,
        ö: 18
      },
      t: {
        a: { k: 0 },
        b: 36,
        e: { f: 0, s: 7 },
        i: { k: 31, l: 5, ö: 7 },
        j: [{ ä: { m: 37 } }, 2],
        l: { a: { n: { d: { s: 72 } } } },
        o: [{ p: 3, s: 13 }, 30],
        r: [{ e: { r: 6 }, o: [{ p: 1 }, 6], u: 36 }, 2],
        s: { i: { d: 42 }, l: [{ ä: 37 }, 2] },
        t: [{ j: 8 }, 42],
        v: [{ e: { c: 37 } }, 10],
        y: 5,
        ö: { v: 2 }
      },
      u: 5,
      v: [{ a: { k: 18 }, j: 0, ä: 0 }, 45],
      å: 5,
      ö: 3
    },
    v: {
      a: {
        d: { r: { o: 1 } },
        g: { n: 36 },
        k: { t: { i: 45 } },
        l: { k: 7, l: { i: 8 }, s: { t: 8 }, v: 50 },
        m: { a: 50 },
        n: { d: { ".": 39 }, p: 39, s: { t: 8 }, t: { r: 13 } },
        p: 50,
        r: {
          b: 42,
          e: { s: 6 },
          i: { ".": 6 },
          k: 39,
          s: 23,
          t: { r: 19 },
          u: 10
        },
        s: { t: { i: 13 } },
        t: { t: { n: 50 } },
        u: 39,
        v: [{ i: 50 }, 39]
      },
      b: 67,
      c: 45,
      d: 82,
      e: [
        {
          c: 50,
          k: [{ e: 2 }, 11],
          l: { d: 39 },
          n: { s: { k: { ä: 20 } }, t: { e: { r: { a: 50 } } }, y: 2, ö: 1 },
          p: 39,
          r: { g: 13, k: 37 },
          s: [{ p: 43, t: 10 }, 8],
          t: { a: 37, e: 37, s: { a: 13 }, t: { s: 19 } }
        },
        36
      ],
      f: 45,
      g: 45,
      h: 42,
      i: [
        {
          c: 6,
          d: { s: 7 },
          l: { d: { s: 14 }, t: 8 },
          n: {
            d: { ".": 37 },
            g: { s: 80 },
            k: { l: 37 },
            o: 11,
            s: { t: { ".": 50, e: 50 } },
            y: 1
          },
          s: { ".": 37, a: 1, h: 13, k: { o: 13 }, t: [{ a: 7 }, 6] },
          t: { r: 11 },
          v: { a: { r: 6 } }
        },
        0
      ],
      j: { o: 39 },
      k: 55,
      l: 45,
      m: [{ ö: { r: { k: 27 } } }, 45],
      n: 90,
      o: [{ k: { ".": 39 }, m: 42, r: { d: 39, g: 42 }, s: 8 }, 36],
      p: 45,
      r: [{ a: { k: 50 }, e: { r: { a: 37 } }, u: 3 }, 71],
      s: [
        {
          c: 0,
          k: [{ r: { i: 18 } }, 116],
          m: { i: 6 },
          n: { i: 3 },
          o: 18,
          t: [{ e: 6, r: { å: 1 }, y: { c: 5 } }, 30],
          v: { å: 2 },
          ö: 18
        },
        42
      ],
      t: 45,
      u: { d: 117, n: { d: 30 }, p: 56, t: 39 },
      v: 45,
      y: 37,
      å: { l: { d: 50 }, n: { g: { s: 20 } }, r: { d: 37, i: 39, u: 2 } },
      ä: {
        g: [{ g: { s: 19 } }, 37],
        l: [{ l: { s: 118 } }, 6],
        n: { l: 37 },
        r: { d: { e: 37 }, i: { l: 6 }, j: 39, k: 50, l: { d: 37 } },
        t: 42,
        x: 37
      },
      ö: { g: 39, p: 39, r: 37 }
    },
    w: { a: 36, e: 11, h: [{ i: 23 }, 18], i: { e: 11 }, n: { a: 0 } },
    x: [
      {
        a: { n: { d: 88 } },
        e: { m: { p: { l: { a: 7 } } } },
        i: { s: 8 },
        k: 11,
        l: { i: 8 },
        s: 6,
        t: { i: 23, å: 0 }
      },
      30
    ],
    y: [
      {
        a: 30,
        b: { r: { i: { s: 0 } }, s: 6 },
        d: [{ a: [{ n: 5 }, 0], o: 0, r: 2, s: 8, u: 0, ö: 0 }, 18],
        e: 30,
        g: { a: 30, e: 30, g: { r: 7, å: 6 }, s: { p: 8 } },
        i: 30,
        k: { i: 30, l: { i: { s: { t: 5 } }, o: { n: 1 } }, n: 2, o: 30 },
        l: { a: 30, g: { j: 6 }, i: 3, k: 1, l: { ä: 1 }, o: 30, t: { r: 6 } },
        m: { f: { l: 11, o: { r: 6 } }, å: 3 },
        n: { g: { r: 7 }, k: { l: 13 }, s: { a: 6, t: 8 } },
        o: { r: 3, u: 5 },
        p: { e: 30, o: 5, r: { i: 2 } },
        r: {
          e: { s: 8 },
          i: 30,
          k: { u: 6, v: 13 },
          o: 30,
          s: { k: 8, t: 1 },
          t: { u: 1 },
          å: 119
        },
        s: {
          c: { h: { o: 5 } },
          s: { t: 11 },
          t: { a: 2, i: [{ k: { ".": 6 } }, 2], r: { a: 7 } }
        },
        t: { a: { k: 18 }, e: { ".": 0, a: 0 }, o: 30, t: { r: 7 }, v: 1 },
        v: { a: 3, i: 3, ä: 3 },
        w: 5,
        å: 5
      },
      42
    ],
    z: {
      a: 36,
      e: [{ r: { o: 6 } }, 36],
      i: 36,
      o: [{ n: { a: { l: 6 } } }, 36],
      p: 39,
      s: 5,
      u: 37,
      z: { i: { n: 0 } }
    },
    å: {
      a: 30,
      d: { j: 3, s: { l: 8 } },
      e: 30,
      f: 30,
      g: { a: 30, e: [{ l: 23 }, 30], l: 2, s: { k: 12, t: 2 }, å: 8 },
      i: 3,
      k: { i: 30, l: { a: { g: 50 } }, s: { t: { r: { ä: 6 } } } },
      l: {
        a: 30,
        d: { e: { r: 36 } },
        i: { n: 18 },
        k: 2,
        l: { s: { p: 8 } },
        s: { e: 43, t: 2 },
        ä: 30
      },
      m: [{ a: { n: { s: 25 } } }, 30],
      n: { d: { r: 8, u: 6 }, s: { t: 8, v: 8 } },
      o: 3,
      p: [{ l: [{ a: 5 }, 18], ö: 0 }, 30],
      r: {
        d: { o: 6, r: { a: 8 }, s: [{ t: 41 }, 23] },
        e: { l: 0 },
        i: 30,
        o: { r: 5 },
        s: { a: { v: 50 }, l: { i: 76 }, v: 11 },
        ö: 1
      },
      s: { k: { e: 6 }, n: 2, s: [{ k: { r: 6 } }, 8], t: 6 },
      t: { e: 23, r: { i: 2, å: 3 }, s: { j: 11 }, t: { s: 13 } },
      v: 30
    },
    ä: {
      a: 30,
      b: 18,
      c: [{ k: { v: 13 } }, 42],
      d: [{ d: { s: 7, u: 6 }, e: { s: 8 }, r: 2, s: { e: 1, t: 2 } }, 18],
      e: 3,
      g: { a: 30, e: 30, g: { o: 6 }, l: 10, r: [{ e: 6 }, 2], s: { e: 2 } },
      i: 3,
      j: { o: 5 },
      k: [{ i: 30, n: 2, r: 2 }, 39],
      l: {
        a: 30,
        p: { a: { p: 6 } },
        s: { e: { g: 6 }, k: { o: { g: 13 } }, l: { u: 6 } },
        t: { r: 78, u: 11 },
        v: { i: { n: 6 } }
      },
      m: { p: { l: 7 } },
      n: {
        d: { l: { i: { g: { h: 39 } } }, r: 7, s: { t: 21 } },
        g: { r: 13 },
        n: { i: { s: 14 }, s: 7 },
        o: 0,
        s: { l: 21, t: [{ e: 13 }, 6], v: 6 },
        t: { r: 78 }
      },
      p: { e: 3, p: { l: 7 }, r: 0, s: { t: 6 } },
      r: {
        a: { p: 0 },
        b: { r: { e: 11 } },
        g: { l: 13, r: 6 },
        i: [{ b: 25 }, 30],
        k: { ä: 6 },
        n: { i: { s: 6 }, s: { t: 7 }, å: 11, ö: 6 },
        o: { b: 1, l: 5, p: 3, r: 5, s: 5 },
        s: { i: 11, k: { o: 6 }, o: 11, p: 6, v: 11 },
        t: { a: { n: { d: 6 } }, r: 11, s: 7 }
      },
      s: [
        { p: { a: 2, i: 1 }, s: { k: 6, p: 6 }, t: { a: 2, r: 7, ä: 0 }, å: 0 },
        39
      ],
      t: [
        {
          o: 3,
          r: { e: 5 },
          s: { k: 79 },
          t: { e: 1, o: { p: 6 }, r: 7, u: 6, v: 6 }
        },
        42
      ],
      v: { a: [{ k: 18 }, 30], i: 3, u: 5 }
    },
    ö: {
      a: 30,
      d: [
        {
          a: { k: 0, l: 0, r: { v: 0 } },
          e: { s: 81 },
          i: { s: 0 },
          r: { a: 2 },
          s: [{ e: 2 }, 11],
          u: 0,
          ö: 0
        },
        18
      ],
      e: 30,
      g: {
        a: [{ k: 1, r: 5 }, 30],
        d: 36,
        e: [{ r: 5 }, 30],
        g: 8,
        l: 10,
        n: [{ e: 7 }, 11],
        o: 36,
        s: { i: 2, k: 2 }
      },
      i: 30,
      j: { o: 3, s: { v: 6 } },
      k: { a: { r: { m: 0 } }, i: 30, n: 2, s: [{ l: 2 }, 11] },
      l: { a: 30, k: { v: 6, ö: 6 }, p: 11, ä: 5 },
      m: { a: { n: 25 }, k: { l: 11 } },
      n: { a: { l: 0 }, o: { m: 18 }, s: { k: { e: 7 }, o: 6, t: { r: 14 } } },
      p: { e: [{ l: 0 }, 3], i: 3, l: { i: 1, o: 5 }, p: { n: 36 }, r: 0 },
      r: {
        a: { n: { d: { e: 3 } }, s: [{ k: 0 }, 3] },
        b: 8,
        d: { r: 12 },
        e: { n: { i: 10 }, s: [{ t: { r: 0 } }, 3], t: 3, v: { i: { g: 1 } } },
        g: 2,
        i: [{ g: 5, n: { g: 3, t: 2 }, r: 1, v: 1 }, 30],
        k: { a: { l: 6 }, l: [{ i: 1 }, 120] },
        n: { i: { s: 6 } },
        o: { l: 2, r: 10 },
        p: { l: { a: 43 } },
        s: { k: 120, l: [{ ä: 6 }, 2] },
        t: { e: 1, s: 13 },
        u: 10,
        v: { r: 2 },
        y: 2,
        ä: 10,
        ö: { d: 8 }
      },
      s: { a: { k: 18 }, n: 2, s: { j: 6, k: 11, p: 6 }, t: { a: 2, v: 7 } },
      t: { a: { k: 18 }, s: { k: { o: 13 }, t: 6 } },
      v: [
        {
          e: [{ r: [{ e: 50 }, 15] }, 8],
          j: 18,
          r: { a: 2, i: 2 },
          s: { k: 6 }
        },
        30
      ]
    },
    é: { e: 3 }
  },
  {}
]);


/***/ }),

/***/ 9668:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(17599)(
  __webpack_require__(39677)
);


/***/ })

};
