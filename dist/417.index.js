export const id = 417;
export const ids = [417];
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

/***/ 19417:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

module.exports = __webpack_require__(17599)(
  __webpack_require__(92420)
);


/***/ }),

/***/ 92420:
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
    root.hyphenationPatternsNb = exports;
  }
})(this, [
  [
    [0, 4],
    [0, 0, 4],
    [0, 0, 7],
    [0, 0, 6, 5],
    [0, 0, 6],
    [0, 0, 0, 0, 4],
    [0, 0, 8],
    [0, 0, 2],
    [0, 0, 1, 2],
    [0, 0, 5, 4],
    [0, 0, 5, 8],
    [0, 6],
    [0, 0, 3],
    [0, 0, 6, 3],
    [0, 0, 0, 0, 0, 5],
    [0, 0, 5],
    [0, 0, 0, 0, 7],
    [0, 0, 0, 0, 5],
    [0, 0, 0, 0, 3],
    [0, 0, 0, 5, 6],
    [0, 0, 5, 6],
    [0, 0, 6, 7],
    [0, 0, 0, 5],
    [0, 0, 0, 4],
    [0, 0, 0, 3],
    [0, 0, 4, 4],
    [0, 0, 4, 5],
    [0, 0, 0, 6, 6],
    [0, 0, 0, 2],
    [0, 0, 1, 6],
    [0, 0, 0, 4, 7],
    [0, 0, 0, 6],
    [0, 0, 0, 8],
    [0, 0, 0, 0, 0, 9],
    [0, 0, 3, 4],
    [0, 0, 9],
    [0, 0, 0, 0, 6],
    [0, 0, 2, 4],
    [0, 5],
    [0, 0, 0, 9],
    [0, 0, 7, 6],
    [0, 0, 0, 4, 3],
    [0, 0, 0, 5, 4],
    [0, 0, 0, 0, 4, 3],
    [0, 0, 0, 0, 0, 3, 4, 6],
    [0, 0, 0, 0, 0, 9, 8, 4],
    [0, 0, 0, 0, 8],
    [0, 0, 0, 6, 5],
    [0, 0, 0, 8, 0, 8],
    [0, 0, 0, 0, 9],
    [0, 0, 0, 0, 0, 7, 6],
    [0, 0, 0, 0, 0, 0, 0, 7],
    [0, 0, 3, 6],
    [0, 0, 0, 4, 5],
    [0, 0, 0, 1],
    [0, 0, 6, 3, 4],
    [0, 0, 7, 4, 5],
    [0, 0, 9, 6],
    [0, 0, 0, 0, 0, 7],
    [0, 0, 8, 3],
    [0, 0, 7, 4],
    [0, 0, 0, 7],
    [0, 0, 0, 7, 8],
    [0, 0, 0, 5, 0, 5],
    [0, 0, 0, 8, 7],
    [0, 0, 0, 3, 4],
    [0, 0, 0, 0, 7, 8],
    [0, 0, 3, 2],
    [0, 0, 5, 0, 5],
    [0, 0, 1],
    [0, 0, 6, 6],
    [0, 0, 1, 0, 4],
    [0, 0, 6, 0, 0, 5],
    [0, 0, 0, 5, 6, 5],
    [0, 0, 8, 0, 5],
    [0, 0, 0, 3, 6],
    [0, 0, 0, 0, 5, 6, 5],
    [0, 0, 0, 7, 6],
    [0, 0, 0, 0, 5, 4],
    [0, 0, 6, 0, 5],
    [0, 0, 0, 0, 5, 6],
    [0, 0, 0, 0, 0, 0, 0, 9],
    [0, 0, 0, 3, 2],
    [0, 0, 6, 5, 6],
    [0, 0, 9, 8],
    [0, 0, 4, 3],
    [0, 0, 0, 8, 5],
    [0, 0, 0, 6, 0, 5],
    [0, 2],
    [0, 3, 4],
    [0, 3],
    [0, 0, 0, 0, 0, 8],
    [0, 3, 6],
    [0, 8],
    [0, 0, 7, 8],
    [0, 5, 8],
    [0, 6, 7],
    [0, 6, 5],
    [0, 0, 0, 8, 7, 8],
    [0, 0, 4, 0, 3],
    [0, 0, 0, 0, 0, 5, 8],
    [0, 0, 5, 6, 5],
    [0, 0, 0, 3, 0, 5],
    [0, 0, 0, 0, 0, 4],
    [0, 0, 0, 4, 1],
    [0, 0, 0, 0, 8, 7],
    [0, 0, 0, 5, 4, 5],
    [0, 0, 2, 3],
    [0, 0, 0, 8, 7, 6],
    [0, 0, 8, 7],
    [0, 0, 0, 8, 0, 7],
    [0, 0, 6, 8],
    [0, 0, 0, 5, 8],
    [0, 0, 6, 4],
    [0, 0, 2, 6, 3],
    [0, 0, 3, 0, 4],
    [0, 0, 0, 0, 6, 5],
    [0, 0, 0, 3, 6, 5],
    [0, 0, 4, 7],
    [0, 0, 4, 8],
    [0, 0, 0, 0, 0, 6],
    [0, 0, 4, 6],
    [0, 0, 5, 2],
    [0, 0, 0, 0, 0, 0, 6],
    [0, 0, 0, 0, 3, 4],
    [0, 0, 0, 0, 5, 8],
    [0, 0, 8, 0, 7],
    [0, 0, 0, 6, 7],
    [0, 0, 0, 0, 7, 6],
    [0, 0, 2, 1],
    [0, 0, 2, 2],
    [0, 0, 0, 9, 6],
    [0, 0, 0, 5, 4, 4],
    [0, 0, 4, 0, 0, 4],
    [0, 0, 0, 7, 4],
    [0, 0, 0, 4, 5, 6, 5],
    [0, 0, 0, 4, 5, 6],
    [0, 0, 0, 0, 0, 0, 9, 8],
    [0, 0, 0, 0, 0, 5, 6],
    [0, 0, 0, 0, 0, 0, 5],
    [0, 8, 6],
    [0, 0, 0, 0, 0, 7, 8],
    [0, 0, 6, 5, 6, 5],
    [0, 0, 0, 9, 8],
    [0, 0, 0, 6, 3],
    [0, 0, 0, 0, 0, 6, 5],
    [0, 0, 0, 3, 8],
    [0, 0, 0, 0, 6, 5, 6],
    [0, 0, 0, 8, 9],
    [0, 5, 6],
    [0, 1, 2],
    [0, 3, 2],
    [0, 7],
    [0, 1],
    [0, 1, 6],
    [0, 9],
    [0, 2, 2],
    [0, 0, 3, 0, 0, 6, 5],
    [0, 0, 4, 5, 4],
    [0, 0, 0, 0, 0, 0, 0, 8],
    [0, 0, 0, 4, 6],
    [0, 6, 4],
    [4],
    [0, 0, 4, 0, 6],
    [3],
    [0, 5, 0, 9],
    [5],
    [8],
    [6],
    [0, 4, 5],
    [0, 0, 0, 0, 0, 0, 7],
    [0, 5, 0, 4],
    [1],
    [2],
    [2, 1, 2],
    [8, 7],
    [0, 0, 0, 0, 1],
    [0, 0, 0, 1, 4],
    [3, 4],
    [0, 0, 0, 5, 2],
    [0, 0, 0, 1, 2],
    [4, 3],
    [0, 0, 1, 4],
    [0, 0, 0, 0, 2],
    [1, 2],
    [0, 3, 0, 0, 5],
    [0, 0, 0, 0, 0, 0, 9],
    [4, 1],
    [2, 1],
    [2, 0, 1],
    [0, 0, 0, 0, 0, 0, 4],
    [7],
    [0, 9, 8],
    [0, 4, 3],
    [0, 4, 5, 0, 5],
    [0, 4, 0, 5],
    [0, 4, 0, 3],
    [5, 0, 0, 0, 5],
    [0, 4, 5, 4],
    [0, 0, 8, 9, 0, 8],
    [6, 1],
    [0, 2, 5, 4],
    [0, 0, 0, 0, 6, 7],
    [0, 0, 0, 0, 0, 3],
    [6, 0, 7],
    [0, 0, 4, 0, 5, 6],
    [0, 8, 7],
    [0, 0, 4, 9],
    [0, 0, 0, 0, 8, 9],
    [8, 0, 2],
    [0, 2, 0, 4],
    [0, 0, 0, 0, 0, 0, 8, 9],
    [0, 0, 0, 0, 0, 0, 0, 7, 6],
    [0, 0, 1, 0, 6],
    [0, 0, 0, 4, 0, 4],
    [6, 0, 0, 6],
    [1, 0, 1],
    [0, 2, 1, 2],
    [3, 0, 3],
    [0, 0, 8, 9],
    [0, 3, 8],
    [0, 4, 6],
    [8, 1],
    [0, 0, 4, 0, 5],
    [2, 0, 2],
    [0, 4, 1, 4],
    [6, 0, 4],
    [0, 2, 0, 5],
    [0, 2, 0, 3],
    [0, 5, 4],
    [0, 2, 5],
    [0, 0, 0, 0, 0, 0, 7, 6],
    [0, 0, 6, 1],
    [0, 0, 2, 5],
    [4, 0, 0, 1],
    [0, 3, 0, 1],
    [4, 0, 5],
    [0, 0, 2, 3, 2],
    [0, 3, 3],
    [0, 0, 7, 0, 8],
    [8, 8],
    [4, 6],
    [0, 0, 0, 0, 0, 0, 8],
    [5, 0, 0, 2],
    [1, 0, 0, 7, 6],
    [0, 0, 2, 5, 4],
    [3, 4, 0, 0, 5],
    [0, 2, 0, 3, 2],
    [4, 5],
    [3, 6],
    [0, 0, 0, 0, 0, 9, 4],
    [0, 6, 7, 6],
    [0, 7, 6],
    [1, 4],
    [0, 0, 5, 0, 0, 7],
    [0, 0, 0, 2, 3],
    [0, 0, 0, 0, 6, 3],
    [0, 4, 0, 0, 6],
    [0, 8, 1],
    [0, 2, 1],
    [0, 0, 0, 0, 9, 8],
    [0, 0, 0, 2, 1],
    [0, 0, 1, 0, 3],
    [0, 0, 0, 4, 0, 5],
    [0, 4, 1, 2],
    [4, 0, 3],
    [0, 0, 0, 6, 7, 6],
    [2, 5],
    [4, 0, 7],
    [6, 0, 5],
    [0, 0, 3, 8, 3, 4],
    [0, 0, 0, 0, 4, 5],
    [2, 1, 4],
    [0, 0, 0, 0, 8, 5],
    [6, 5],
    [2, 0, 3, 6],
    [5, 0, 0, 1],
    [0, 4, 1],
    [2, 0, 7],
    [4, 0, 0, 6],
    [4, 0, 0, 4],
    [4, 0, 1],
    [0, 5, 6, 6, 5, 4],
    [0, 0, 2, 6],
    [0, 6, 0, 7],
    [2, 0, 3],
    [2, 0, 5],
    [0, 0, 2, 0, 3],
    [0, 0, 3, 0, 6],
    [0, 0, 4, 0, 5, 4],
    [0, 0, 0, 4, 0, 9],
    [0, 0, 1, 0, 5],
    [3, 0, 0, 0, 4],
    [0, 0, 0, 2, 5],
    [2, 6],
    [0, 0, 5, 4, 3],
    [1, 0, 4],
    [4, 4],
    [0, 0, 4, 1],
    [7, 6, 0, 5],
    [4, 7],
    [9],
    [6, 0, 0, 0, 6],
    [4, 0, 4],
    [7, 6],
    [0, 3, 0, 5],
    [6, 7],
    [2, 0, 0, 4],
    [6, 6, 5],
    [7, 0, 7],
    [2, 0, 5, 6],
    [0, 0, 0, 5, 0, 4],
    [6, 3, 4],
    [6, 5, 0, 6],
    [8, 7, 0, 6],
    [0, 0, 0, 4, 3, 8],
    [0, 0, 0, 6, 5, 6],
    [5, 0, 7],
    [6, 0, 5, 6],
    [0, 4, 0, 2],
    [0, 7, 0, 8],
    [0, 0, 0, 0, 6, 0, 7, 6],
    [0, 0, 0, 0, 0, 2, 5],
    [0, 0, 3, 0, 4, 5],
    [6, 5, 6],
    [2, 5, 2],
    [4, 1, 4],
    [8, 0, 9, 8],
    [0, 0, 0, 8, 5, 6],
    [6, 7, 0, 6],
    [0, 6, 1],
    [6, 0, 7, 6],
    [2, 7, 8],
    [1, 6],
    [5, 6],
    [0, 9, 0, 8],
    [3, 2],
    [5, 4],
    [5, 8],
    [0, 4, 5, 0, 0, 4, 3],
    [0, 8, 9],
    [0, 6, 1, 2],
    [5, 8, 0, 6],
    [4, 9],
    [0, 0, 0, 4, 3, 6],
    [0, 0, 5, 0, 4],
    [0, 8, 5],
    [0, 3, 6, 1],
    [0, 5, 0, 6],
    [0, 2, 0, 0, 2],
    [0, 7, 8],
    [2, 8],
    [0, 0, 9, 4],
    [0, 0, 3, 8],
    [0, 6, 2],
    [0, 0, 4, 5, 6],
    [6, 0, 6],
    [0, 0, 2, 1, 4],
    [5, 0, 3],
    [0, 6, 6, 7],
    [0, 4, 5, 0, 4],
    [2, 3],
    [0, 4, 0, 5, 4],
    [0, 0, 3, 0, 6, 3],
    [0, 1, 0, 2],
    [0, 4, 0, 4],
    [0, 4, 3, 4],
    [0, 6, 3],
    [0, 2, 3, 4],
    [0, 0, 1, 0, 8],
    [0, 0, 1, 8],
    [0, 0, 6, 7, 6],
    [0, 0, 4, 0, 4],
    [0, 0, 0, 0, 0, 0, 0, 5],
    [0, 2, 7],
    [0, 2, 3],
    [0, 1, 0, 1],
    [0, 4, 7],
    [0, 0, 0, 0, 9, 6],
    [0, 5, 0, 7],
    [0, 3, 0, 4, 7],
    [0, 7, 0, 6],
    [0, 4, 0, 5, 6],
    [4, 0, 5, 4],
    [5, 0, 0, 4, 7],
    [0, 7, 0, 4],
    [0, 0, 4, 0, 3, 4],
    [0, 5, 0, 0, 3],
    [0, 1, 0, 4],
    [0, 9, 4],
    [0, 6, 5, 0, 6],
    [0, 4, 5, 0, 7],
    [0, 0, 7, 0, 0, 9],
    [0, 7, 4],
    [0, 4, 4],
    [5, 6, 5],
    [0, 0, 0, 0, 4, 7],
    [2, 3, 2],
    [0, 1, 4],
    [0, 2, 0, 0, 4],
    [7, 0, 0, 5],
    [9, 8],
    [2, 0, 1, 4],
    [2, 0, 3, 2],
    [0, 0, 0, 8, 3],
    [0, 0, 6, 0, 9],
    [2, 0, 0, 6],
    [0, 2, 3, 2],
    [0, 0, 4, 0, 1],
    [0, 0, 0, 0, 0, 0, 0, 6],
    [0, 0, 0, 4, 0, 0, 8],
    [2, 5, 6],
    [0, 0, 8, 5, 4],
    [0, 4, 9],
    [0, 0, 8, 0, 4],
    [0, 0, 0, 4, 5, 4],
    [0, 0, 0, 0, 0, 0, 8, 7],
    [4, 0, 0, 5],
    [0, 0, 6, 6, 6],
    [2, 0, 1, 2],
    [2, 0, 0, 2],
    [7, 0, 0, 0, 4],
    [3, 0, 0, 4, 5],
    [0, 0, 4, 3, 4],
    [2, 0, 9, 8],
    [5, 0, 0, 5],
    [2, 0, 7, 8],
    [0, 6, 0, 0, 6],
    [0, 6, 0, 5],
    [0, 0, 2, 9],
    [0, 0, 0, 0, 1, 0, 0, 3, 4],
    [3, 6, 0, 4, 5],
    [2, 3, 6],
    [0, 0, 0, 0, 0, 3, 4],
    [6, 3],
    [0, 4, 0, 7],
    [8, 0, 1],
    [0, 9, 6],
    [0, 0, 0, 0, 0, 0, 0, 0, 7],
    [0, 5, 0, 0, 4],
    [4, 5, 4],
    [0, 0, 5, 0, 0, 5],
    [0, 0, 6, 0, 6],
    [0, 0, 4, 5, 0, 4],
    [0, 0, 0, 2, 2],
    [0, 0, 0, 4, 0, 7],
    [0, 0, 0, 4, 3, 4],
    [0, 0, 5, 6, 6],
    [0, 0, 2, 0, 1],
    [0, 0, 5, 6, 8],
    [0, 9, 0, 5],
    [0, 8, 0, 6],
    [0, 0, 0, 7, 2],
    [0, 4, 0, 8],
    [0, 2, 0, 1, 2],
    [4, 0, 2, 0, 2],
    [0, 3, 0, 7],
    [0, 8, 0, 2],
    [0, 2, 0, 1],
    [0, 3, 0, 2],
    [2, 0, 0, 0, 4],
    [0, 0, 2, 0, 4],
    [0, 0, 8, 5],
    [3, 0, 3, 4],
    [4, 0, 3, 6],
    [6, 0, 3],
    [0, 0, 5, 0, 4, 5],
    [0, 8, 9, 0, 8],
    [0, 0, 8, 8],
    [0, 0, 0, 0, 3, 6],
    [0, 2, 2, 3, 4],
    [0, 8, 8],
    [0, 0, 7, 0, 6],
    [0, 0, 5, 0, 6],
    [0, 5, 0, 0, 6],
    [],
    [2, 0, 5, 4],
    [4, 0, 2],
    [0, 6, 6],
    [5, 0, 4, 0, 4],
    [0, 6, 0, 8, 5],
    [0, 0, 0, 6, 9],
    [8, 0, 0, 5],
    [0, 0, 6, 0, 8, 7],
    [1, 0, 7, 6],
    [0, 0, 8, 0, 0, 8],
    [4, 0, 1, 4],
    [6, 1, 4],
    [2, 0, 1, 8],
    [0, 0, 0, 0, 8, 8],
    [6, 0, 5, 4],
    [6, 5, 0, 4],
    [4, 0, 0, 0, 5],
    [0, 0, 0, 0, 0, 4, 3],
    [8, 0, 0, 8],
    [5, 0, 4],
    [4, 5, 2],
    [3, 8],
    [0, 4, 9, 2],
    [0, 0, 5, 4, 7],
    [0, 2, 1, 6],
    [0, 1, 0, 6],
    [7, 4],
    [1, 2, 0, 0, 2],
    [5, 2],
    [0, 0, 0, 0, 8, 7, 8],
    [4, 0, 7, 0, 0, 9],
    [1, 0, 0, 3],
    [0, 0, 8, 8, 7, 8],
    [1, 0, 0, 4, 3],
    [0, 0, 0, 0, 0, 6, 7],
    [7, 8, 0, 4],
    [0, 6, 5, 6],
    [0, 0, 0, 0, 0, 9, 8],
    [1, 0, 0, 8],
    [7, 8],
    [0, 1, 0, 3],
    [0, 0, 2, 0, 8],
    [0, 0, 0, 0, 0, 0, 0, 0, 6],
    [1, 8],
    [6, 1, 2],
    [0, 6, 0, 8],
    [8, 9],
    [4, 0, 9, 8],
    [0, 0, 6, 0, 9, 8],
    [8, 5],
    [4, 0, 0, 0, 6],
    [0, 4, 0, 1],
    [0, 6, 0, 5, 6],
    [0, 4, 3, 2],
    [0, 0, 7, 2],
    [0, 0, 6, 5, 8],
    [2, 0, 0, 7, 4],
    [0, 0, 3, 0, 7, 6],
    [2, 5, 4],
    [8, 7, 8],
    [0, 3, 0, 0, 4],
    [0, 7, 2],
    [3, 0, 5, 6],
    [0, 0, 0, 4, 4],
    [6, 7, 0, 8],
    [0, 1, 0, 9],
    [0, 6, 0, 9],
    [5, 0, 9],
    [3, 0, 0, 4],
    [0, 8, 0, 7, 8],
    [5, 6, 6],
    [6, 0, 2],
    [2, 0, 5, 8],
    [0, 0, 0, 0, 0, 6, 3],
    [4, 0, 5, 4, 5],
    [4, 0, 3, 4],
    [0, 0, 0, 0, 0, 0, 7, 8],
    [4, 0, 9],
    [7, 4, 0, 3],
    [0, 5, 0, 0, 5, 6],
    [0, 5, 0, 0, 0, 8, 5],
    [5, 0, 6],
    [5, 0, 0, 7],
    [0, 6, 0, 5, 8],
    [2, 7, 4],
    [0, 2, 0, 9],
    [5, 0, 1],
    [4, 3, 4],
    [0, 0, 2, 7],
    [0, 0, 6, 0, 6, 6],
    [2, 1, 6],
    [3, 0, 1],
    [0, 0, 3, 0, 5],
    [0, 0, 5, 0, 9],
    [0, 0, 0, 0, 0, 0, 5, 6],
    [4, 1, 2],
    [0, 5, 0, 2],
    [0, 7, 0, 0, 4],
    [0, 5, 4, 5],
    [0, 2, 0, 5, 2],
    [0, 0, 4, 0, 4, 3],
    [0, 0, 9, 8, 9],
    [0, 0, 0, 5, 0, 0, 0, 7],
    [5, 0, 4, 4, 5],
    [6, 0, 0, 2],
    [6, 3, 0, 5],
    [4, 0, 0, 2],
    [0, 0, 4, 0, 9],
    [6, 0, 8],
    [0, 8, 0, 0, 8],
    [0, 2, 0, 7],
    [0, 8, 7, 8],
    [0, 5, 6, 0, 0, 5],
    [7, 0, 3, 2],
    [0, 0, 0, 5, 0, 8],
    [0, 4, 0, 1, 4],
    [0, 4, 0, 6],
    [0, 2, 1, 4],
    [6, 3, 2],
    [0, 4, 0, 0, 4],
    [0, 4, 0, 3, 4],
    [0, 5, 0, 5],
    [0, 1, 2, 4],
    [0, 0, 0, 2, 7],
    [5, 4, 5],
    [5, 0, 5, 6, 4, 3],
    [0, 1, 2, 9],
    [0, 0, 8, 8, 8, 7],
    [0, 0, 0, 0, 7, 0, 7],
    [0, 2, 0, 2],
    [0, 7, 8, 7],
    [0, 4, 0, 3, 8],
    [0, 0, 0, 0, 0, 0, 0, 0, 9],
    [0, 0, 9, 0, 8],
    [1, 0, 3, 4],
    [0, 0, 0, 0, 5, 0, 4],
    [0, 0, 2, 0, 5, 4],
    [0, 0, 0, 0, 0, 0, 0, 0, 8],
    [0, 0, 6, 0, 4, 7],
    [0, 0, 0, 9, 4],
    [5, 0, 0, 0, 8],
    [0, 0, 0, 1, 6],
    [7, 0, 3],
    [0, 0, 0, 4, 0, 5, 6],
    [7, 0, 2],
    [4, 5, 0, 0, 5],
    [0, 6, 0, 5, 4],
    [0, 0, 0, 6, 4],
    [2, 0, 0, 1],
    [2, 0, 4],
    [0, 2, 0, 5, 4],
    [0, 0, 0, 7, 6, 0, 7],
    [3, 0, 6, 0, 6, 5],
    [3, 0, 6, 0, 7, 6],
    [0, 1, 2, 8],
    [6, 0, 0, 0, 7],
    [3, 0, 0, 0, 0, 3],
    [4, 0, 5, 8],
    [6, 9],
    [0, 4, 0, 9],
    [2, 1, 0, 5],
    [8, 7, 6],
    [2, 1, 8],
    [0, 7, 6, 5, 6],
    [0, 0, 7, 6, 7],
    [2, 2],
    [4, 0, 7, 6],
    [4, 3, 0, 5],
    [6, 0, 9],
    [6, 0, 1],
    [2, 0, 5, 2],
    [0, 0, 0, 0, 0, 6, 9],
    [3, 0, 6],
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 8],
    [4, 0, 0, 0, 4],
    [0, 0, 0, 0, 4, 0, 4],
    [0, 4, 5, 0, 6],
    [0, 5, 0, 0, 9],
    [0, 6, 9, 6],
    [3, 0, 5, 8],
    [2, 0, 0, 7],
    [0, 0, 1, 1],
    [5, 6, 0, 6],
    [0, 7, 0, 0, 6],
    [0, 0, 8, 6, 5],
    [0, 3, 0, 6],
    [0, 0, 0, 0, 0, 4, 5],
    [0, 0, 6, 9],
    [0, 6, 5, 0, 3],
    [0, 0, 0, 4, 9],
    [6, 7, 6],
    [0, 0, 4, 4, 3],
    [0, 0, 0, 4, 5, 8],
    [8, 3, 4],
    [6, 0, 0, 4, 3],
    [3, 4, 3],
    [5, 0, 5],
    [1, 0, 3],
    [5, 0, 0, 2, 3],
    [1, 2, 5],
    [4, 3, 6],
    [4, 5, 0, 0, 8],
    [4, 0, 5, 6],
    [5, 6, 5, 6],
    [8, 9, 4],
    [6, 6],
    [8, 9, 6],
    [5, 0, 4, 0, 3],
    [4, 2, 7, 8],
    [3, 0, 8],
    [3, 0, 0, 5],
    [5, 0, 0, 3],
    [8, 7, 0, 5],
    [9, 6],
    [2, 0, 2, 6],
    [6, 9, 6],
    [0, 5, 0, 0, 5],
    [7, 0, 6, 4],
    [3, 0, 2],
    [3, 0, 4],
    [0, 0, 0, 0, 4, 5, 4],
    [8, 5, 0, 9],
    [0, 6, 3, 6],
    [2, 7],
    [5, 4, 0, 0, 8],
    [0, 8, 5, 4],
    [0, 3, 0, 4, 3],
    [5, 0, 8, 0, 0, 0, 5],
    [4, 0, 0, 0, 0, 6],
    [5, 6, 0, 0, 0, 4, 3],
    [3, 0, 0, 0, 0, 5, 4],
    [2, 0, 3, 4],
    [4, 0, 0, 7],
    [0, 6, 0, 0, 6, 3],
    [8, 3],
    [8, 0, 0, 7],
    [9, 4],
    [1, 2, 0, 4],
    [5, 4, 0, 4],
    [1, 0, 7],
    [1, 0, 0, 5],
    [0, 0, 0, 0, 0, 6, 5, 6],
    [0, 0, 0, 0, 0, 8, 9],
    [3, 6, 2],
    [6, 0, 0, 4],
    [2, 4, 5],
    [2, 4],
    [0, 2, 4],
    [0, 0, 0, 6, 0, 6, 5],
    [0, 8, 0, 5],
    [0, 6, 0, 0, 0, 6],
    [2, 6, 5],
    [6, 8, 5],
    [0, 4, 0, 0, 3],
    [0, 0, 0, 0, 0, 4, 0, 8],
    [3, 4, 6],
    [5, 0, 0, 0, 3],
    [6, 4, 5],
    [1, 0, 2],
    [3, 0, 0, 6],
    [6, 7, 2],
    [0, 0, 8, 4],
    [2, 1, 4, 1],
    [8, 5, 6],
    [0, 0, 0, 0, 0, 5, 4],
    [6, 7, 0, 0, 0, 2],
    [0, 3, 0, 4],
    [7, 6, 5, 0, 4],
    [0, 0, 0, 6, 3, 6],
    [0, 0, 0, 6, 8],
    [5, 0, 4, 5],
    [8, 0, 4],
    [0, 0, 0, 0, 0, 8, 7],
    [6, 0, 0, 0, 0, 4],
    [3, 0, 0, 3],
    [0, 9, 0, 6],
    [2, 8, 0, 2],
    [3, 0, 0, 2],
    [4, 0, 0, 0, 7],
    [4, 0, 0, 6, 8],
    [4, 3, 2],
    [6, 3, 6],
    [1, 0, 4, 3],
    [3, 6, 0, 7],
    [2, 1, 0, 0, 9],
    [5, 0, 0, 0, 0, 5],
    [0, 6, 0, 0, 5],
    [5, 4, 0, 5],
    [2, 1, 0, 0, 1],
    [0, 5, 0, 8],
    [0, 0, 5, 4, 0, 7],
    [0, 0, 4, 3, 6],
    [0, 0, 8, 3, 6],
    [0, 6, 0, 0, 8],
    [0, 2, 0, 1, 4],
    [0, 2, 0, 1, 6],
    [1, 0, 1, 4],
    [1, 0, 0, 4],
    [0, 0, 6, 7, 8],
    [3, 0, 8, 5],
    [1, 0, 0, 1],
    [0, 0, 0, 3, 0, 4],
    [0, 0, 5, 0, 6, 7],
    [0, 0, 2, 3, 6],
    [5, 0, 6, 5],
    [0, 0, 0, 6, 0, 6, 7],
    [2, 0, 8],
    [0, 0, 5, 0, 0, 4],
    [0, 1, 2, 2],
    [0, 4, 2],
    [0, 4, 4, 5],
    [0, 0, 8, 5, 0, 6],
    [0, 4, 3, 6],
    [0, 7, 0, 0, 7],
    [0, 2, 7, 6],
    [0, 0, 6, 0, 0, 6],
    [9, 0, 8],
    [0, 0, 5, 0, 8],
    [0, 8, 7, 6],
    [0, 1, 8]
  ],
  {
    ".": {
      a: [
        {
          a: 1,
          b: { b: { a: 1, e: 2 }, s: { t: 3 } },
          c: { t: { i: { n: 4 } } },
          d: {
            e: { l: { s: 5 } },
            l: { a: { ".": 6 }, e: { ".": 4 } },
            r: 7,
            s: 8
          },
          f: { f: [{ u: 10 }, 2], t: 9 },
          g: { n: { a: { ".": 4 }, e: { ".": 4 } }, r: 1 },
          i: 7,
          k: [
            {
              k: { a: { ".": 4 }, e: { ".": 4 }, l: 12, r: 12 },
              n: { e: { ".": 4 } },
              r: 4,
              s: { a: { ".": 6 }, e: { ".": 1 }, t: 13 },
              t: { a: 4, e: { ".": 1, r: [{ e: 14 }, 5] }, r: 15 },
              v: { a: 16 }
            },
            11
          ],
          l: [
            {
              b: { u: { e: { n: 17 } } },
              f: { a: 18 },
              g: { e: { ".": 1 }, i: 15 },
              k: { a: { ".": 4 }, e: { ".": 1 }, o: { m: 1 } },
              l: { a: { ".": 1 }, e: { ".": 1, g: 15 }, o: 15, s: 19 },
              m: { a: { ".": 1 }, e: { ".": 6 }, i: { n: 20 } },
              n: { a: 1 },
              p: { e: 17 },
              s: { k: 21, o: 22 },
              t: { a: [{ ".": 1, r: 15 }, 23], e: { ".": 1 }, o: 24 },
              v: { e: { ".": 4 } }
            },
            11
          ],
          m: {
            b: 2,
            e: 11,
            m: { a: { ".": 4 }, e: { ".": 1 } },
            s: 25,
            t: { a: 4 }
          },
          n: [
            {
              a: { b: 24 },
              d: {
                a: { ".": 1 },
                e: { ".": 1 },
                r: { a: 9 },
                ø: [{ v: 27 }, 26]
              },
              e: { r: 12, s: 17 },
              g: { a: { ".": 1 }, e: [{ ".": 1, s: 5 }, 12] },
              j: { a: { ".": 1 } },
              k: { a: { ".": 1 }, e: { ".": 1 } },
              l: { a: { ".": 1 } },
              n: [{ a: { ".": 1, l: 2 }, e: [{ ".": 1 }, 23] }, 12],
              s: [{ a: { ".": 1 }, e: { ".": 1 } }, 10],
              t: [
                {
                  a: { ".": 1 },
                  e: { ".": 1, m: 15, p: 15 },
                  i: { ".": 1, n: 4, s: 1, v: 1 }
                },
                28
              ]
            },
            11
          ],
          p: { l: { a: { n: 6 } }, p: 29, t: 6 },
          r: {
            b: { i: 17 },
            d: { e: { ".": 4 } },
            e: { o: 30 },
            g: { e: { ".": 1, s: 15 } },
            i: { a: 31, e: [{ n: { e: 17 } }, 32] },
            k: { a: [{ ".": 6 }, 15] },
            l: { a: { n: 33 } },
            m: { e: { ".": 1, a: 2 } },
            n: { a: { ".": 1 }, e: [{ ".": 1, s: 15 }, 12] },
            r: { a: { ".": 4 }, u: 21 },
            t: { a: { ".": 4 }, e: { ".": 1 }, h: 34, i: 35 },
            v: { a: { ".": 4 }, e: { ".": 1, d: 1, r: 1 }, i: 36 }
          },
          s: [
            {
              k: { a: 6, e: { ".": 1, s: { e: 15 } } },
              l: { e: { ".": 1 } },
              p: { a: { ".": 4 } },
              s: 15,
              t: { r: { u: 22 } }
            },
            11
          ],
          t: {
            h: 1,
            k: { i: 1 },
            l: { e: { ".": 1 } },
            n: { a: { ".": 1 } },
            o: 37,
            s: 12,
            t: { e: 5, r: 31 },
            y: 38
          },
          u: {
            d: { e: 6 },
            e: 4,
            g: { a: 6, e: 1 },
            k: { a: { ".": 1 } },
            l: { e: { ".": 6 } },
            r: 1,
            s: { a: { ".": 4 }, e: { ".": 4 }, k: 39, p: 1 }
          },
          v: {
            i: [{ d: 40, n: { d: { e: 2 } } }, 28],
            l: { a: { ".": 1 }, e: { ".": 1 } },
            s: 40
          }
        },
        0
      ],
      b: [
        {
          a: {
            b: { y: 4 },
            l: { a: { ".": 4 }, e: { ".": 1 } },
            n: { e: { ".": 1 }, k: { l: 41 } },
            r: { e: { ".": 1 }, i: { ".": 1 } },
            t: { e: { ".": 6 } }
          },
          e: {
            d: { e: { ".": 1, n: [{ e: 3 }, 5], t: 26 }, i: { ".": 6 } },
            e: { d: 34 },
            k: { e: { ".": 4 } },
            l: { a: { ".": 1 } },
            n: { a: { r: 35 }, e: { ".": 1 } },
            r: {
              a: { ".": 4 },
              e: { ".": 4, s: 1, t: { t: 31 } },
              i: { ".": 6 }
            },
            s: { k: { a: 2 }, t: { e: { n: 4 } } },
            t: { a: { ".": 1 }, e: { ".": 4 }, v: 9 }
          },
          i: {
            d: { e: { ".": 4 } },
            e: { n: 4 },
            l: { e: { ".": 1, t: 14 } },
            t: { r: 13 }
          },
          l: [
            {
              a: { d: 23 },
              e: { k: [{ e: 42, k: { f: 43, s: { t: 44, v: 45 } } }, 41] },
              i: { n: { g: 14 } }
            },
            1
          ],
          o: {
            d: { a: 6, e: { ".": 6 } },
            g: { s: 46 },
            k: [{ e: { n: { ".": 25 } } }, 22],
            l: { a: 6 },
            n: [{ a: { ".": 1 } }, 28],
            r: { t: [{ e: 36, i: 48, r: 49 }, 47] }
          },
          r: { u: { d: { d: { s: [{ å: 51 }, 50] } } } },
          u: {
            d: { a: { ".": 4 }, r: 52 },
            e: { t: 1 },
            l: { k: 53 },
            s: { s: { y: 31 } }
          },
          y: { d: { e: { ".": 4 } }, t: { a: { ".": 6 } } },
          æ: 7,
          ø: { k: { a: 3 }, n: { e: { n: 6, r: 6 } } }
        },
        11
      ],
      c: [
        {
          a: { e: { n: { ".": 1 } }, r: { s: 53 }, s: { e: 4 } },
          e: { b: 4 },
          o: { s: [{ t: 1 }, 54] }
        },
        0
      ],
      d: [
        {
          a: {
            g: { e: { ".": 1 }, s: { e: 36 } },
            l: { e: { ".": 1 } },
            m: 7,
            n: { e: { ".": 1 } },
            t: { a: 1 },
            u: { s: 24 }
          },
          e: {
            k: { a: { r: 49 }, o: { d: 16 } },
            l: { e: { ".": 1, i: 26 }, s: 19 },
            m: { i: { ".": 1 }, o: { e: 16 } },
            n: { s: { l: 22 } },
            r: {
              e: { ".": 1, t: 26 },
              i: [{ ".": 1, v: 56 }, 55],
              o: { m: 26 },
              u: 6
            },
            s: { m: 3, o: 1, t: { o: 1 } },
            u: 1,
            v: { i: { s: 17 } }
          },
          i: {
            a: 7,
            e: { l: 9, r: 4, t: { ".": 1 } },
            f: { t: 57 },
            n: { e: { ".": 1 }, g: { s: { a: 58 } } },
            s: { k: 1, t: 59 }
          },
          o: {
            e: { n: 1, r: 1, t: 6 },
            m: { e: 17 },
            r: { a: 1, e: { ".": 4 } }
          },
          r: { a: { u: { m: 5 } } },
          s: 1,
          u: {
            a: 1,
            e: { n: { ".": 1 }, r: 1 },
            f: { t: 18 },
            g: { e: { ".": 1 } },
            k: { n: 24 },
            s: { e: { ".": 1 }, t: 1 }
          },
          y: { r: { e: { ".": 1 } } },
          ø: {
            l: { a: { ".": 4 } },
            r: [{ a: 60, e: 60 }, 13],
            v: { e: { ".": 1 } }
          },
          å: { r: { e: { n: 15, t: 2 } } }
        },
        11
      ],
      e: [
        {
          b: { b: { a: 1 } },
          c: { u: 31 },
          d: { d: { a: 1 }, l: { e: { ".": 1 } } },
          f: { o: 61, t: { a: [{ s: 17 }, 1], e: { r: 4 } } },
          g: {
            d: { e: { ".": 6 } },
            e: [{ l: 22 }, 28],
            g: { a: { ".": 4 }, e: { ".": 1, l: 1 } },
            l: { a: { ".": 6 }, e: { ".": 1 } },
            n: { a: { ".": 4 }, e: { ".": 1 } },
            o: { t: 62 },
            s: [{ e: { ".": 6 }, i: 15 }, 23]
          },
          i: [
            {
              d: { a: 22, e: { n: 15 } },
              g: { a: { ".": 1 }, e: { r: 2 } },
              k: { a: 22, e: { ".": 1 } },
              l: 12,
              m: [{ a: { ".": 6 }, e: { ".": 6 } }, 12],
              n: {
                a: { s: 61 },
                i: 12,
                o: { g: 63 },
                s: { t: { a: 19, o: 64 } }
              },
              r: { a: { r: 35 }, e: { s: 15 }, u: 39 },
              t: { e: 15, r: 39 }
            },
            7
          ],
          k: {
            k: { o: 23 },
            l: { e: { ".": 1 }, i: 12 },
            n: { e: { ".": 4 } },
            r: 1,
            s: {
              a: { ".": 6 },
              e: [{ ".": 6 }, 12],
              p: [{ i: 31 }, 1],
              t: [{ a: 9 }, 65]
            },
            t: { a: 6, e: { ".": 1 }, o: 2 }
          },
          l: {
            d: { a: { ".": 6 }, e: { ".": 1 } },
            g: { r: 26 },
            i: { n: { e: 22 } },
            k: 12,
            l: 15,
            s: [{ a: 31, k: { l: 23 }, t: 31 }, 4],
            t: { a: { ".": 4 }, e: { ".": 4 } },
            v: { e: { l: 66, g: 4 } }
          },
          m: {
            b: 67,
            f: { a: 49 },
            m: { a: { ".": 1 }, e: { ".": 6 } },
            n: { a: { ".": 4 } },
            p: 15
          },
          n: {
            a: 15,
            d: { a: { ".": 1 }, e: { ".": 1 }, r: 22 },
            g: { a: { ".": 1, v: 4 }, e: [{ ".": 1 }, 12], r: 3, s: 36 },
            k: { a: 4, e: { ".": 1 } },
            o: { g: 68 },
            s: { a: 4, e: { ".": 1 }, o: 15, p: 12 },
            t: [{ e: { ".": 4 }, r: [{ a: 3, e: 32 }, 23] }, 15],
            ø: 34
          },
          p: { t: 4 },
          r: {
            a: 6,
            e: 1,
            g: { r: 26 },
            k: { e: 1 },
            l: { a: { ".": 1 }, e: { ".": 1 } },
            m: { a: { ".": 4 }, e: { ".": 1, k: 1 } },
            n: { a: { ".": 1 } },
            t: { a: { ".": 4 }, e: { ".": 1 } }
          },
          s: {
            a: { s: { t: 35 } },
            k: [{ a: [{ ".": 6 }, 12], e: { ".": 1 } }, 69],
            l: [{ a: { ".": 6 }, e: { ".": 6 } }, 15],
            p: [{ a: { ".": 4 } }, 12],
            r: 4,
            s: { a: { ".": 6 }, e: { ".": 1 }, o: 1 },
            t: { a: 15, e: [{ ".": 4, t: 2 }, 12], i: 15, r: 70, u: 2 }
          },
          t: {
            l: { a: { ".": 6 }, e: { ".": 6 } },
            n: { a: 1, e: { ".": 1 } },
            s: [{ a: { ".": 6 }, e: [{ ".": 4 }, 9], i: 23 }, 1],
            t: { e: [{ r: 72 }, 71], i: 4 }
          },
          u: { r: { o: 17 } },
          v: { j: { a: 6, e: { ".": 1 } }, n: { e: { ".": 1 } } },
          x: 1
        },
        11
      ],
      f: [
        {
          a: { e: 7, g: { s: 65 }, n: { e: { ".": 1 }, t: { o: 65 } } },
          e: {
            e: 1,
            i: { e: 32, l: { i: 17 } },
            l: [{ a: 49, l: 22, t: { a: 23 } }, 7],
            m: { a: 1, e: 6, o: { g: 73 }, t: 22 },
            r: { r: { o: 32 }, s: 31 },
            s: { l: 6, t: [{ e: 75 }, 74] },
            t: { t: { a: 17 } }
          },
          i: {
            b: 26,
            a: 4,
            l: { e: { ".": 1 } },
            r: { e: { o: { g: 76 } } },
            s: { k: 31 }
          },
          j: { e: { l: 5 }, o: { r: { d: 43 } } },
          l: { a: { t: { o: 53 } } },
          o: {
            b: { i: { ".": 1 } },
            l: 28,
            r: [
              {
                d: { r: { i: 75, a: 77 } },
                e: { n: { ".": 22 } },
                m: { s: 17 },
                s: { o: 77 }
              },
              7
            ]
          },
          r: { e: { e: 31 }, i: { e: { r: { e: 19 } } } },
          u: { g: [{ e: { ".": 4 } }, 28], l: 28, s: { e: { ".": 6 } } },
          y: { s: { e: 6 } },
          ø: { r: { e: { l: 6 } } }
        },
        0
      ],
      g: [
        {
          a: {
            f: 61,
            l: { e: { ".": 1 }, i: { ".": 6 } },
            m: { e: 1 },
            n: { e: { ".": 1 }, g: { s: 78 } },
            s: [{ t: { a: 22 } }, 23],
            t: 7,
            v: { e: { ".": 1, e: 35 } }
          },
          e: {
            a: 7,
            l: { e: 23 },
            n: { e: 12, i: 79, s: 22 },
            o: 1,
            s: { t: [{ a: { p: 20 } }, 1], v: 35 }
          },
          h: { a: 22 },
          i: { f: { t: { s: 17 } }, n: 1, s: [{ p: 61 }, 1], v: { a: 59 } },
          j: { e: { n: 64 } },
          l: [{ o: { i: 31, v: 39 }, y: { s: 22 }, ø: { s: { e: 39 } } }, 4],
          n: { å: { l: { a: 61 } } },
          o: { d: { e: { s: 15 } }, s: 61 },
          r: {
            a: { v: { e: { n: { d: 41 } } } },
            e: { i: { e: 5 } },
            u: { n: { n: { s: 14 } }, s: { s: 17 } }
          },
          u: {
            d: { e: { ".": 1 }, v: 65 },
            l: { a: { t: 1 } },
            s: 54,
            t: { u: { ".": 1 } }
          },
          ø: 7,
          å: { s: { e: 53 }, v: 1 }
        },
        11
      ],
      h: [
        {
          a: {
            i: { s: 19 },
            k: { a: { ".": 4 } },
            m: { a: { ".": 6 } },
            n: { d: { s: { l: [{ a: 81 }, 80] } } },
            v: { a: { k: 3 }, i: 4 }
          },
          e: {
            e: { r: { ".": 1 } },
            i: { e: 22 },
            l: { u: 24 },
            n: [{ i: 82 }, 7],
            r: { i: 83, o: [{ e: 57, i: 40, l: 40, s: 84 }, 83], u: 6 },
            s: { s: 53 },
            t: [{ s: [{ e: 77 }, 47], e: 20 }, 26]
          },
          i: { l: { l: 23 }, n: 1, r: { e: { ".": 4 } } },
          o: {
            d: 7,
            e: 7,
            r: { e: { ".": 1, n: 15, t: 2 } },
            t: { a: { ".": 6 } },
            v: { a: { ".": 6 } }
          },
          u: {
            d: { i: 1 },
            l: { l: { s: 16 } },
            s: { e: { n: 85 }, v: { a: { l: 31 } } }
          },
          v: { i: { t: [{ e: 65 }, 18] }, o: { r: 86 } },
          y: { r: { a: { ".": 4 }, e: { ".": 1 } } },
          ø: {
            i: 22,
            r: { e: 1 },
            v: { a: 1, e: { ".": 1 } },
            y: { s: { t: { æ: 87 } } }
          },
          å: { e: { n: { ".": 6 }, r: 6 }, n: { d: { s: { l: 80 } } } }
        },
        0
      ],
      i: [
        {
          a: 89,
          b: { l: 90 },
          d: { a: 0 },
          f: { ø: { r: { e: 22 } } },
          g: { l: { a: { ".": 6 }, e: { ".": 1 } } },
          h: { e: { r: 0 } },
          k: [
            {
              k: [{ e: [{ s: 91 }, 17] }, 4],
              l: 92,
              t: [{ e: { ".": 6 } }, 15],
              v: 38
            },
            7
          ],
          l: {
            a: [{ ".": 0, n: { d: { e: 93 } } }, 90],
            b: { o: { d: { a: 46 } } },
            d: { r: 13, e: { ".": 4 } },
            e: { g: 90, s: 11 },
            j: { a: 1, e: { ".": 4 } },
            k: { e: { ".": 4 } },
            l: { e: { ".": 1 } },
            s: { k: 4 },
            t: { e: { ".": 1 } }
          },
          m: { e: 11, ø: { t: { e: { ".": 22 } } } },
          n: {
            a: { d: 15 },
            d: { e: 15 },
            g: { a: { ".": 6 }, e: { ".": 1 }, r: [{ i: 4 }, 12] },
            k: [{ a: { ".": 4 } }, 20],
            n: [
              { e: [{ ".": 1, k: { s: 21 }, t: { s: 21, t: 21 } }, 20], i: 85 },
              85
            ],
            s: 15,
            t: { e: { s: 2 } }
          },
          o: { n: { a: 1, o: { m: 1 } } },
          r: { e: { r: 0 }, k: 94, r: { a: { ".": 6 }, e: { ".": 4 } } },
          s: {
            a: 11,
            c: 90,
            e: 11,
            k: 40,
            l: { a: { g: { a: 46 }, m: 4 }, e: { ".": 1, t: 1 } },
            m: { e: { ".": 1 } },
            n: { a: { ".": 6 }, e: { ".": 6 } },
            p: { a: 15, e: 95 },
            s: [{ a: { ".": 4 }, e: { ".": 1 }, k: 15 }, 34],
            t: [{ e: { ".": 6, d: 38, m: 38 }, i: 2, j: 96, r: 96 }, 31],
            u: { t: { ".": 6 } },
            ø: 97
          },
          t: { i: 38 },
          v: {
            a: [{ n: 0, r: { ".": 0 } }, 90],
            e: [{ l: 0, n: 11, r: { ".": 0, e: 0 } }, 90],
            r: { a: { ".": 6 }, e: { ".": 4 } }
          },
          ø: 90
        },
        88
      ],
      j: [
        {
          a: {
            d: { e: { ".": 1 } },
            e: 4,
            n: { e: 1 },
            s: { e: { ".": 6 } },
            v: { a: { ".": 1 } }
          },
          e: { a: 7, l: 7, m: 7, r: { e: 15, n: { s: 78 } }, t: { a: 1 } },
          i: 1,
          o: {
            e: { n: { ".": 6 } },
            r: { d: { r: 64, s: 98, u: 64 } },
            s: { e: { ".": 1 } }
          },
          u: { a: 4, l: { a: 4, e: 18, i: 99 } },
          ø: { d: { e: { p: 1 } } }
        },
        0
      ],
      k: [
        {
          a: {
            f: 28,
            l: { a: { ".": 4 }, i: { ".": 4 }, t: 62, v: { e: { l: 100 } } },
            m: { e: 15 },
            n: { a: 12, e: { ".": 1 } },
            p: { r: 85 },
            r: {
              a: { ".": 1, v: 101 },
              e: { ".": 4 },
              i: { n: 15 },
              t: { r: 64 }
            },
            t: { e: { ".": 1 }, h: 20 },
            u: { k: 39 },
            v: { a: { ".": 4 }, e: { ".": 1 } }
          },
          e: { e: 4, l: 24 },
          i: {
            e: { r: 18 },
            n: { a: 1, i: 2, o: 18 },
            r: 28,
            s: { e: { ".": 1 } },
            v: { a: { ".": 6 }, e: { ".": 4 } }
          },
          j: { e: { d: { e: 102 }, k: [{ l: 16 }, 23] }, ø: { n: { n: 103 } } },
          l: {
            e: { s: 23 },
            i: { n: { e: 22 } },
            o: { v: { a: 39 } },
            y: { s: { a: 61 } },
            ø: { s: 62 }
          },
          n: { a: { s: { e: 61 } }, e: { p: { r: 41 }, r: 62 } },
          o: {
            d: { a: { ".": 4 } },
            g: { r: 2 },
            l: { a: 1, e: [{ ".": 6 }, 12], j: 22 },
            p: { e: [{ ".": 4 }, 12] },
            r: { s: { e: { d: 47 } } },
            s: { e: { ".": 1 } },
            t: { a: { ".": 4 }, e: { ".": 1 } },
            v: { e: { ".": 4 } }
          },
          r: { i: { n: { g: { s: 14 } } }, u: { s: { t: 41 } } },
          s: 4,
          u: {
            f: { l: 9 },
            l: { e: 1 },
            r: { a: { ".": 6 }, e: { ".": 1 } },
            t: { a: { ".": 6 }, e: { ".": 6 } }
          },
          v: { a: { r: { a: 104 } }, e: { k: { a: 39, e: 22 } } },
          y: { l: { a: { ".": 6 }, e: { ".": 1 } }, t: { e: { ".": 4 } } },
          ø: { s: 12 },
          å: { p: { a: 4 } }
        },
        11
      ],
      l: [
        {
          a: {
            d: { a: { ".": 1 }, e: { ".": 1 } },
            g: { a: 1, e: { ".": 1, r: 15 } },
            m: { a: { ".": 1 } },
            p: { p: { e: 105 }, s: { e: 106 } },
            t: { a: { ".": 4 }, e: { ".": 1 }, r: 12 },
            v: { a: 1, e: [{ ".": 1 }, 12], æ: 3 }
          },
          e: {
            a: { r: 6 },
            d: { a: { ".": 1 }, e: { ".": 1 } },
            e: { r: 1, t: 4 },
            f: [{ l: 24 }, 7],
            g: { a: { t: { a: 17 } }, e: { ".": 1, l: 1 }, i: { ".": 6 } },
            i: { e: [{ r: { ".": 61 } }, 32], v: { e: 23 } },
            k: { e: { ".": 1 }, r: 26 },
            m: { u: 49 },
            n: { e: { ".": 1 } },
            o: 21,
            s: { a: 40, e: { ".": 1, k: 1, s: 1 }, p: 26 },
            t: [{ a: 2, t: { a: { n: 31 } } }, 7],
            u: 107,
            v: { a: [{ ".": 1 }, 12], e: { ".": 1, s: 1 } }
          },
          i: {
            a: 6,
            d: { e: { ".": 1 } },
            e: [{ n: { e: 15 } }, 25],
            g: [{ a: 18 }, 7],
            k: [{ k: 19, o: 24, s: 65 }, 7],
            m: { a: 1 },
            n: { k: 36 },
            r: { a: 4, e: { ".": 1 } },
            s: { a: 1, e: { ".": 1 } },
            t: { a: { ".": 1 }, e: { ".": 1 }, i: 15 },
            v: { e: { ".": 1, n: 26 }, s: { u: 108, v: 53 } }
          },
          o: {
            e: 20,
            g: { e: { ".": 4 }, i: { ".": 6 }, r: 3 },
            i: 1,
            n: { a: 4 },
            o: 6,
            r: { i: 4 },
            s: { a: { ".": 6 }, e: { ".": 1 } },
            t: { e: 4 },
            v: { a: 1, e: [{ ".": 1 }, 12] }
          },
          u: {
            d: 1,
            e: 7,
            n: { a: 1 },
            p: { a: 4, e: { ".": 1 } },
            r: { a: { ".": 4 }, e: { ".": 1 } },
            s: { e: { ".": 4 } },
            t: { a: { ".": 1, s: 35 } }
          },
          y: {
            d: { e: { ".": 1 }, s: 24 },
            e: 6,
            g: { e: 6 },
            s: { e: [{ ".": 1 }, 20], k: 1, s: 19, t: { r: 6 } },
            t: { e: { ".": 1 } },
            v: { e: { ".": 1 } }
          },
          ø: {
            d: { e: { ".": 6 } },
            e: { n: { ".": 4 } },
            n: { e: { ".": 6 } },
            p: { a: { ".": 4 }, e: { ".": 1 } },
            s: { a: 109, i: 109, m: 109, p: 109 },
            v: { i: 22 },
            y: { e: { n: { e: 17 } } }
          },
          å: { m: { a: 6 }, r: { e: [{ ".": 4 }, 15] }, t: { e: { ".": 1 } } }
        },
        11
      ],
      m: [
        {
          a: {
            g: { e: { ".": 1 }, r: 39 },
            h: 31,
            k: { a: 12, e: { ".": 1 }, t: { a: { t: 47 }, s: 17 } },
            l: { e: { ".": 1 }, i: { ".": 1 } },
            n: {
              a: { ".": 1 },
              d: { e: { l: 91 } },
              e: { ".": 1 },
              i: { ".": 1 }
            },
            r: {
              a: { ".": 1 },
              e: { ".": 1 },
              i: { ".": 1 },
              s: { j: { ø: 110 } }
            },
            s: { a: { ".": 1 }, i: 1, t: 4 },
            t: { a: 6, h: 111, t: { o: 112 } },
            v: 1
          },
          e: {
            d: [{ e: { i: 3 }, i: [{ n: 21 }, 113], r: 3 }, 85],
            i: { e: { r: { ".": 22 }, t: 22 } },
            k: { l: 22 },
            l: { a: { ".": 4 }, l: { o: 75 }, ø: 26 },
            n: { e: { ".": 1 } },
            r: { i: 12 },
            s: { a: { l: 109 }, k: 1, t: { i: 22 } },
            t: { a: [{ l: { l: 115 } }, 114], r: { i: 1 } }
          },
          i: {
            k: { j: 4 },
            l: { e: { ".": 1 } },
            m: { e: { ".": 1 } },
            n: { i: { ".": 1, k: 1 }, k: [{ e: 42 }, 41] },
            s: { t: 55 }
          },
          n: { e: 31 },
          o: {
            d: { e: 15 },
            e: { r: 4 },
            n: { a: { ".": 1 }, e: { ".": 6 }, s: { t: [{ r: 116 }, 23] } },
            r: { d: { e: 19 }, e: { ".": 1 }, t: { a: 117 } },
            s: { e: { ".": 1 } },
            t: { a: 1, e: { k: 1, r: 1 }, r: 1 },
            v: 15
          },
          u: {
            g: { a: 6, e: { ".": 6 } },
            l: { e: { ".": 4, s: 22 } },
            r: [{ e: 10 }, 61]
          },
          y: { k: { a: 6, e: { ".": 1 } } },
          ø: { r: { e: { ".": 1, s: 15 } }, t: 7 },
          å: { l: { a: { ".": 4 }, o: 24 } }
        },
        93
      ],
      n: [
        {
          a: {
            b: { o: 18 },
            g: { e: { ".": 4 } },
            k: [{ e: { ".": 6 } }, 28],
            n: { s: 22 },
            r: 1,
            s: { a: { ".": 1 } },
            t: [{ r: 12, t: { r: 31 } }, 28]
          },
          e: {
            d: { e: { ".": 1, n: 1 }, i: 26, r: 85, s: 65 },
            f: { r: 26 },
            g: 118,
            i: { e: 22 },
            k: { r: 70 },
            o: [{ n: 119 }, 118],
            p: { a: { ".": 6 }, e: { ".": 4 } },
            s: 7,
            t: 1
          },
          i: {
            a: { r: 6 },
            e: { r: 4 },
            g: { l: 23 },
            n: { a: { ".": 1 } },
            o: { g: 101 },
            p: { a: { ".": 1 }, e: { ".": 4 } },
            s: { a: 6, e: { ".": 4 } },
            t: { a: 49, o: 1 },
            v: { a: 1 }
          },
          o: {
            d: { e: { ".": 4 } },
            e: 4,
            k: { a: 6 },
            m: { e: { ".": 1 }, i: { ".": 6 } },
            r: 1,
            s: { e: 6, i: { ".": 6 } },
            v: { a: { ".": 1 } }
          },
          u: { e: 1 },
          y: {
            a: 15,
            o: 12,
            s: { a: { ".": 6 }, e: { ".": 4 } },
            t: { e: { ".": 1 } }
          },
          æ: { r: { a: { s: { t: { ".": 39 } } }, e: { ".": 1 } } },
          ø: { d: { d: 23 }, r: { e: { ".": 1 } } },
          å: { d: { e: { ".": 1 } }, l: { e: { ".": 4 } } }
        },
        93
      ],
      o: [
        {
          b: { o: { e: 22 } },
          d: {
            d: { a: { ".": 1 }, e: { ".": 1 } },
            e: { l: { s: 105 } },
            l: { a: { ".": 6 }, e: { ".": 6 } }
          },
          f: { f: { s: { i: 120 } }, t: { e: { ".": 1, b: 15 } } },
          g: 1,
          k: { k: [{ a: { ".": 6 }, e: 6 }, 69], s: { e: { ".": 1 } } },
          l: {
            d: { s: 24 },
            g: { a: { ".": 1 } },
            i: [{ v: 19 }, 22],
            l: { a: 6, e: { ".": 6 } },
            m: 4
          },
          m: [
            {
              a: { r: { ".": 1 } },
              b: { o: { ".": 4 } },
              e: { n: 121 },
              g: { å: { ".": 1 } },
              m: { e: 1 },
              s: 122
            },
            69
          ],
          n: {
            d: { e: { ".": 1, s: 15 }, s: 24 },
            k: { l: 4 },
            n: { a: 4, e: { ".": 6 } }
          },
          p: {
            a: { r: 15 },
            p: {
              a: 1,
              e: [{ l: 61 }, 1],
              i: 1,
              l: [{ a: { t: { e: { ".": 91 } } } }, 24],
              s: 19
            },
            r: 2,
            t: 31
          },
          r: {
            d: { a: 1, e: { ".": 1, l: 1 }, r: 1, s: 42 },
            g: { a: 15 },
            k: { a: { ".": 4 }, e: { ".": 1 } },
            m: { e: { ".": 4 } },
            r: { e: { ".": 1 } },
            t: 31,
            v: { a: 4 }
          },
          s: { a: 22, e: { l: 12 }, k: 1, s: 1, t: { e: { ".": 1 } } },
          t: {
            r: 15,
            t: { a: [{ ".": 1 }, 94], e: { ".": 1, s: 1 }, o: [{ ".": 1 }, 12] }
          },
          v: {
            e: [{ r: [{ e: { n: { d: 123 } }, i: 124, k: 125 }, 18] }, 31],
            r: { e: 6 },
            u: [{ l: 4 }, 15]
          }
        },
        11
      ],
      p: [
        {
          a: {
            l: { a: { ".": 6 }, e: { ".": 1 }, i: 31 },
            n: { a: 109, e: [{ u: 21 }, 20], i: 20 },
            r: { e: { ".": 4 } }
          },
          e: {
            d: { o: 12 },
            k: { e: { ".": 1 }, t: 22 },
            l: { s: { j: 23 } },
            n: { e: { ".": 1 } },
            p: [{ r: 24 }, 7],
            r: { i: 126, m: 127 },
            s: { a: { ".": 6 }, e: { t: 17 }, t: 1 }
          },
          h: 7,
          i: { l: { e: { ".": 4 } }, p: 4, r: { a: 35 }, s: 7 },
          l: {
            e: { n: { g: 80 } },
            u: { s: { s: [{ e: 128 }, 116] } },
            ø: { s: { e: 61 } }
          },
          o: {
            e: { t: 1 },
            l: { a: [{ ".": 6 }, 12], e: { ".": 1 }, o: { g: 1 } },
            p: [{ e: 130, p: 24, u: 67 }, 129],
            r: { a: 6, e: { ".": 4, s: 1 } },
            s: { t: 4 },
            t: { a: { ".": 6 }, e: { k: 4 } }
          },
          r: { o: { k: 62 } },
          s: 7,
          ø: { n: [{ s: 131 }, 24] },
          å: { d: 20 }
        },
        11
      ],
      r: [
        {
          a: {
            d: { a: { ".": 4 } },
            e: { t: 4 },
            g: { a: { ".": 1 }, e: { ".": 1 } },
            j: { a: { ".": 1 } },
            k: { a: 1, s: 16 },
            m: 7,
            n: { a: 1, e: { ".": 1 }, s: { a: 77 } },
            p: { a: { ".": 4 }, e: { ".": 4 }, s: [{ e: 42, o: 132 }, 23] },
            r: { e: { ".": 1 } },
            s: { a: { ".": 4 } },
            t: { i: 2 },
            v: { a: { ".": 4 }, e: { ".": 1 } }
          },
          e: {
            a: { l: 1 },
            d: { a: { ".": 4 }, e: { ".": 1 } },
            e: { l: 31 },
            g: { e: { l: 5 }, i: { ".": 1 } },
            i: [{ d: { e: 61 }, e: { r: { ".": 22 } }, n: { s: 1 } }, 28],
            k: {
              a: { ".": 4 },
              e: { ".": 1 },
              l: { a: { r: 6 }, e: 6, i: 1 },
              n: 4
            },
            l: { e: { ".": 6 } },
            m: { a: { ".": 1 } },
            n: { a: { ".": 1 }, e: { ".": 1 }, s: { k: 31 }, t: 23 },
            p: { s: 22 },
            s: { s: 39, t: { a: { n: 20 } } },
            t: { t: { s: { k: { r: { i: 66 } } } } },
            v: { e: { ".": 1, s: 1 }, n: 39 }
          },
          i: {
            d: 7,
            e: [{ n: { e: 22 } }, 6],
            k: { a: { ".": 4 } },
            m: { a: 4, e: { ".": 1 } },
            p: { a: { ".": 1 }, e: { ".": 1 }, o: 26 },
            s: { a: { ".": 1 }, e: { ".": 1 }, k: { o: 22 }, ø: 85 },
            t: { a: { ".": 1 }, e: { ".": 4 } },
            v: { a: { ".": 4 }, e: { ".": 1 } }
          },
          o: {
            a: { n: 1 },
            d: { e: { ".": 1 }, i: 6 },
            e: 1,
            k: { e: { ".": 6 } },
            m: { a: { ".": 1 }, i: 1 },
            p: { a: [{ r: 35 }, 4], e: [{ ".": 1 }, 12] },
            s: { a: [{ r: 35 }, 1], e: { ".": 1, d: 1 } },
            t: { a: { ".": 1 }, e: { ".": 1, k: 133 } },
            v: { a: 6, e: [{ ".": 6 }, 12] }
          },
          u: {
            g: { a: { ".": 6 }, e: { ".": 1 }, l: { e: 39 } },
            k: { a: 6 },
            n: { a: { ".": 1 }, e: { ".": 1, s: 120 }, g: 61 },
            s: { e: { ".": 1 }, k: 1 },
            v: { a: { ".": 6 }, e: { ".": 1 } }
          },
          y: { e: [{ n: { e: 61 } }, 7], k: { e: { ".": 4 } } },
          ø: {
            d: [{ s: 134 }, 28],
            l: { e: { ".": 6 } },
            r: { e: { ".": 1 } },
            v: [{ a: { ".": 6 }, e: { ".": 1 } }, 69],
            y: { e: 61 }
          },
          å: {
            d: { a: { ".": 6 }, e: { ".": 1 } },
            e: { n: 1, r: { ".": 6 } },
            g: 32,
            k: { a: { ".": 4 }, e: { ".": 1 }, l: 34 },
            n: { a: { ".": 4 } },
            s: { a: { ".": 6 } }
          }
        },
        11
      ],
      s: [
        {
          a: {
            g: { e: { ".": 1 }, n: 31 },
            l: { a: { ".": 1 }, e: { ".": 1 } },
            m: { e: { ".": 1, r: 1 } },
            n: { d: [{ e: 62, i: 62 }, 127], s: { k: { u: 64 } } },
            u: { e: 31 }
          },
          c: { h: 31 },
          e: {
            b: 7,
            e: 7,
            i: 1,
            k: { l: 26, s: { o: { g: 135 } } },
            l: { v: [{ i: 136 }, 53] },
            n: { a: { ".": 4 }, e: { ".": 1 }, s: 61 },
            r: { a: { ".": 1 }, v: { e: { l: 61 } } },
            t: { e: { ".": 1 } }
          },
          h: { a: { k: { e: { ".": 39 } } } },
          i: {
            d: 7,
            e: { r: 4 },
            g: { a: { ".": 4 }, e: { ".": 1 } },
            k: { k: { e: 19 } },
            l: { a: { ".": 6 }, e: { ".": 1 } },
            n: { e: { ".": 1 }, n: { s: 116 } },
            r: { a: { ".": 1 } },
            s: { t: { r: 15 } },
            v: { a: 1, e: { ".": 1 } }
          },
          j: { e: { i: 23 }, u: { o: { g: 73 } } },
          k: [
            {
              a: { k: { a: 61, e: 22 }, t: 5 },
              e: { i: { d: 17 } },
              i: { n: [{ n: { s: 123 } }, 31] },
              o: { d: { e: { ".": 61 } }, g: { u: 17 } },
              r: { i: { t: { t: { s: 137 } } } },
              u: { d: { d: { s: [{ å: 51 }, 138] } }, m: 47 },
              y: { f: { l: { a: 127 } } },
              å: { r: { a: 22 } }
            },
            4
          ],
          l: {
            e: { s: { v: 47 } },
            i: { b: { r: 127 }, m: 17 },
            o: { t: { t: { s: 139 } } },
            u: { k: { a: 39, e: { ".": 22 } } },
            ø: { s: { e: 22 } }
          },
          m: {
            a: { s: [{ k: 17 }, 23] },
            i: { g: { r: 127 } },
            o: { g: 39 },
            å: [{ k: 77, l: 39, t: [{ t: 17 }, 42] }, 24]
          },
          n: [
            { e: [{ k: 23 }, 24], i: { t: { t: { s: 138 } } }, ø: { k: 24 } },
            1
          ],
          o: {
            a: 32,
            d: { e: 6 },
            m: { m: { a: 103 } },
            n: { a: 31 },
            p: { p: { a: 23 } },
            r: { t: 53 },
            t: { a: { ".": 1 } }
          },
          p: [
            {
              a: { r: { a: 22 } },
              e: { e: 31 },
              i: { l: { a: 39 } },
              r: { i: { s: 80 } }
            },
            140
          ],
          t: [
            {
              a: { k: { a: 39 }, l: { i: 22 }, t: { s: 5 } },
              e: {
                d: { s: 5 },
                i: [{ n: { a: 141, s: 141 } }, 23],
                m: { m: 5 },
                v: { n: { a: 49 } }
              },
              i: { m: { e: 61 } },
              o: { n: { e: 22 }, r: { a: 31 } },
              r: { e: { k: { s: 138 } } },
              u: { a: 32, v: { a: 39 } },
              å: { l: { l: 80 } }
            },
            4
          ],
          u: { n: { d: { s: 80 } }, r: { i: 1 }, t: { e: 15 } },
          v: [
            {
              a: { l: { a: 22 }, r: { a: { ".": 22 }, e: 22, s: 17 } },
              e: { r: { n: 46 } }
            },
            6
          ],
          y: {
            d: [{ a: 52, e: 20 }, 22],
            n: { a: { ".": 4 }, e: { ".": 1 } },
            t: { e: { r: 15 }, i: 12 },
            v: [{ o: { g: 142 } }, 3]
          },
          z: 4,
          æ: [{ r: [{ e: { g: 65 } }, 54] }, 7],
          ø: {
            k: { a: 6, e: { ".": 1 } },
            l: { v: 47 },
            r: { a: 24 },
            y: { e: [{ n: 31 }, 17] }
          },
          å: { p: { e: { n: 15 } }, r: { e: 12 } }
        },
        11
      ],
      t: [
        {
          a: {
            k: { e: { ".": 6 }, r: 39, s: { k: 22, p: 143 } },
            l: { a: { ".": 1 }, e: { ".": 1, s: 1 }, l: { i: 23 } },
            m: { m: 22 },
            n: { d: { e: 22 } },
            p: { r: 26 },
            r: { a: { ".": 1 }, e: { ".": 1 } },
            s: 7
          },
          e: {
            e: 1,
            i: [{ e: { r: 39 } }, 4],
            k: { e: { ".": 6 } },
            m: { a: { ".": 1 } },
            o: 4,
            n: { e: { ".": 6 } },
            s: { e: { ".": 1 }, i: 2, t: { a: 1, r: 1 } }
          },
          h: 7,
          i: {
            a: 6,
            d: { r: 22, s: 144, e: { ".": 1 } },
            e: 1,
            g: { r: 85 },
            k: { i: 1 },
            l: [{ i: 36 }, 26],
            m: { e: { d: 1 } },
            n: { a: { ".": 1 }, e: { ".": 1 } },
            p: { l: 26 },
            s: 1
          },
          o: {
            a: { r: { m: 15 } },
            e: { n: { ".": 4 }, r: { ".": 1 }, t: { ".": 4 } },
            k: { k: 46 },
            l: { e: { ".": 4 } },
            n: { a: { ".": 4 } },
            o: { g: 101 },
            r: {
              a: { ".": 1 },
              e: { ".": 1, b: 4 },
              g: { a: 47 },
              o: 12,
              s: { k: { e: 145 }, v: 53 },
              y: { e: 15 }
            },
            s: { t: { r: 1 } },
            t: [{ a: { l: { a: { ".": 49 } } }, e: { ".": 6 } }, 10],
            v: { a: 4, e: { ".": 1 } }
          },
          r: [
            {
              a: { c: 61 },
              e: {
                b: 24,
                p: 61,
                o: { g: 73 },
                s: { k: { j: { a: 31 }, o: 146 }, l: 61, p: 24, t: 19 }
              }
            },
            4
          ],
          s: [{ j: 28 }, 7],
          u: {
            e: { n: { ".": 1 } },
            n: { a: 4, e: { ".": 1 } },
            r: { a: { ".": 4 }, e: { ".": 1 } },
            v: { e: { ".": 6 } }
          },
          v: { e: { n: 31, r: { r: { a: 147 } } }, å: { g: 61 } },
          y: {
            d: { a: { ".": 4 }, e: { ".": 1 } },
            e: { t: 6 },
            r: { e: { ".": 6 }, s: 148 },
            t: { e: { r: 15 }, i: 15 }
          },
          æ: { r: { e: { ".": 1 } } },
          ø: { v: { d: 39, e: { ".": 4, r: 35, t: 15 } } },
          å: {
            k: { e: { r: 15 } },
            l: { e: { ".": 1 } },
            p: { n: 39 },
            r: { e: { n: 15, t: 2 } }
          }
        },
        93
      ],
      u: {
        a: 149,
        b: [{ e: { r: { g: 11 } } }, 150],
        d: [{ e: 152 }, 151],
        e: [{ r: { ".": 0, a: 11, e: 0 } }, 92],
        f: { f: 1, s: { a: 6 } },
        g: { a: 0, i: 38, l: { a: { ".": 4 } }, n: 6 },
        i: [{ m: 4 }, 153],
        k: [{ a: { ".": 0 }, e: 11, n: 152 }, 154],
        l: {
          e: [{ ".": 0, k: 32, n: { d: [{ e: 11 }, 5], e: 93 }, t: 11 }, 90],
          i: { n: 0 },
          k: { a: 4, e: { ".": 1 } },
          l: { a: { ".": 1 }, e: { ".": 6 } },
          m: { a: { ".": 6 }, e: { ".": 1 } },
          n: { e: { ".": 1 } },
          t: [{ e: 4 }, 15],
          u: 153,
          v: { i: 26 },
          y: 153,
          å: 90
        },
        m: { a: 38, u: 61 },
        n: [
          {
            d: { e: { r: { i: 36 } }, r: 22 },
            e: [{ k: 38, t: 155 }, 32],
            g: { e: { ".": 1 } },
            n: [{ s: 24 }, 7],
            o: 90,
            s: { e: { ".": 1 } },
            t: 1,
            u: 38
          },
          88
        ],
        o: 153,
        p: [{ i: 0, l: 7, p: 85 }, 153],
        r: {
          a: [{ f: 38, n: [{ e: 11 }, 4] }, 88],
          d: 1,
          e: { n: 23, t: { ".": 0, s: 11 } },
          i: 156,
          k: { e: 1 },
          n: { a: 4, e: { ".": 1 } },
          o: 153,
          s: 69,
          t: { a: 6, e: { ".": 1, m: 125, t: 4 } },
          u: { t: 38 },
          y: 90,
          å: 38
        },
        s: [
          {
            a: { ".": 0, s: 0 },
            e: 38,
            k: { a: 90 },
            n: 38,
            p: 152,
            s: { e: 12 },
            t: [{ e: { k: 152, l: 38 } }, 113],
            y: { r: 22 }
          },
          150
        ],
        t: [
          {
            a: { g: [{ e: 15 }, 23], k: 90 },
            e: { n: { ".": 0 }, s: { k: [{ o: 21 }, 15] } },
            i: { ".": 0 },
            k: { a: { n: { t: 157 } } },
            n: { e: { ".": 1 } },
            o: { l: 38, v: 52 },
            r: { e: { r: 4 }, o: { v: 4 }, ø: 90 },
            s: { e: { ".": 4 }, i: { ".": 1 } },
            t: 34,
            u: 90
          },
          88
        ]
      },
      v: [
        {
          a: {
            d: { a: { ".": 1 }, e: { ".": 1 } },
            i: 23,
            k: { e: { ".": 1 } },
            l: { e: { s: 4 }, g: { s: 17 } },
            n: { e: { ".": 1 }, n: [{ s: 78 }, 53] },
            r: { e: { t: { a: 4 } }, i: { e: 5 }, s: { k: 22 } }
          },
          e: {
            e: { n: { ".": 6 } },
            g: { a: { ".": 1 }, e: { ".": 4 }, i: 85, s: 65 },
            i: { g: 65, s: 24, t: { a: 23 } },
            l: [
              {
                a: { r: [{ t: 3 }, 9] },
                d: 22,
                e: 85,
                l: 22,
                o: { s: 9, v: 26 },
                y: 1,
                æ: 6
              },
              85
            ],
            n: { e: { ".": 1, t: 1 } },
            r: {
              a: { ".": 1, s: 1 },
              e: { ".": 4 },
              m: { o: 33 },
              s: { t: [{ e: 22 }, 5] }
            },
            s: { l: 1, t: 1 },
            t: { e: [{ ".": 6 }, 17] },
            v: { e: { ".": 1 } }
          },
          i: {
            d: { a: { ".": 1 }, e: [{ ".": 4 }, 5], å: 158 },
            e: 7,
            k: { a: { ".": 1 } },
            l: { l: { a: { t: 73 } } },
            m: { a: { ".": 4 }, e: { ".": 6 } },
            n: { g: { s: 16 }, n: 22 },
            s: { a: { ".": 1 }, e: { ".": 1, r: { i: 4 } } },
            t: { a: { ".": 1 }, e: { ".": 1 }, r: 15 }
          },
          o: { k: { s: [{ e: 19 }, 41] }, r: 4, t: { a: { ".": 4 } } },
          y: [{ e: { n: { e: 22 } } }, 1],
          æ: { r: { a: 1, e: { ".": 1 } } },
          å: { d: 1, r: [{ s: 36 }, 85] }
        },
        11
      ],
      w: { a: { r: 1 }, e: { g: 1 }, i: { e: 4 } },
      x: { e: 7 },
      y: [
        {
          e: 1,
          n: {
            d: { a: { ".": 6 }, e: { ".": 1 } },
            g: { e: { ".": 4 } },
            k: { a: { ".": 6 }, e: { ".": 4 }, v: 1 },
            s: 28
          },
          p: { p: { a: { ".": 6 }, e: { ".": 1 } } },
          r: {
            j: { a: { ".": 6 }, e: { ".": 6 } },
            k: { a: 6, e: { ".": 1, s: 14 } },
            t: 4
          },
          s: [{ t: { e: { r: { i: { e: 159 } } } } }, 1],
          t: { r: { e: { n: 35 } }, t: [{ e: { ".": 4 } }, 15] },
          v: 4
        },
        11
      ],
      z: [{ j: 6 }, 0],
      æ: [
        { r: { e: { s: { a: 53, t: 23 } } }, t: { t: { e: { ".": 1 } } } },
        93
      ],
      ø: [
        {
          g: { l: { a: 6, e: { ".": 1 } } },
          i: [{ e: 4 }, 15],
          k: { o: 22, t: { a: 4, e: { ".": 1 } } },
          l: { e: { d: 12 }, s: 52, v: 52 },
          m: { m: { e: { ".": 1 } } },
          r: {
            e: { s: { t: 46 } },
            j: { e: 1 },
            k: 15,
            n: { a: { ".": 6 }, e: { ".": 1 } },
            s: { k: { i: 4 }, m: 35, t: 12 },
            t: { a: [{ n: 39 }, 6], e: { ".": 6 } }
          },
          s: [{ t: 1 }, 7],
          v: { d: 1, e: { r: [{ s: 160 }, 53] }, r: { e: { ".": 1 } } },
          y: {
            d: { e: { ".": 4 } },
            e: [{ l: { e: { g: { e: { ".": 91 } } } }, n: { e: 15 } }, 7],
            n: [{ a: 4 }, 1],
            r: { a: 4, e: [{ r: 6 }, 1] },
            s: { t: { r: 1 } }
          }
        },
        11
      ],
      å: [
        {
          e: 11,
          f: 11,
          g: 11,
          k: 161,
          l: [{ t: 4, u: { t: { ".": 6 } } }, 93],
          m: 93,
          n: { d: { a: { ".": 6 }, e: { ".": 1 }, s: 47 } },
          p: { n: { a: 4 } },
          r: { s: { k: 24 } },
          s: { e: 11, k: 12, l: 2, m: 12, t: { e: 90 }, v: 15 },
          t: [{ t: { e: { ".": 1, o: { g: 76 } } } }, 0],
          v: 11
        },
        88
      ]
    },
    a: {
      a: {
        d: 153,
        f: [{ t: 90 }, 162],
        g: 1,
        k: { s: 153, v: 22 },
        l: { a: 12 },
        m: 7,
        n: [{ ".": 11, s: { t: 49 }, t: { r: 152 } }, 150],
        p: 153,
        r: { i: [{ e: { n: { e: 33 } } }, 163], n: 22 },
        s: [{ e: 164 }, 7],
        t: { h: 20 },
        v: 153
      },
      b: {
        a: { b: 11, v: 2 },
        b: { l: 84, u: { t: 1 } },
        e: {
          l: { e: { i: 23 }, t: 78 },
          n: { a: { ".": 39 } },
          s: { k: { a: 49 } },
          v: 162
        },
        h: 38,
        i: { e: [{ r: 39 }, 36], l: { a: 39 }, s: { t: 0 } },
        l: [{ a: { r: { a: 35 } }, o: { k: 1 }, u: 61 }, 69],
        o: {
          a: 165,
          b: 24,
          e: [{ r: 90 }, 24],
          k: { l: 24 },
          r: { d: 90, t: { e: 166 } }
        },
        r: [{ e: 6 }, 69],
        s: { l: 7 },
        u: { e: [{ l: 0 }, 22], f: 0, s: { k: 11 }, t: { e: 0 } },
        y: { ".": 0, b: 0, k: 0, r: 24 }
      },
      c: [{ a: [{ ".": 11 }, 22], h: { e: { a: 18 } }, k: 24, o: 153 }, 167],
      d: {
        a: [{ l: 38, n: { t: 15 }, r: { t: 0 } }, 168],
        d: { a: 35 },
        e: {
          b: 88,
          i: { s: 19 },
          k: 88,
          l: [{ v: 169 }, 0],
          n: { d: 38, e: 90 },
          o: 88,
          p: 88,
          r: { ".": 38, l: { e: 170 } },
          s: [{ e: { r: 171 }, l: 90 }, 88],
          t: { ".": 90, s: 90 }
        },
        f: { e: { r: 164 } },
        g: [{ e: 6 }, 172],
        i: { e: { n: { e: 23 } } },
        j: [{ u: 172 }, 69],
        l: 173,
        m: 172,
        n: 15,
        o: { a: 61, b: 0, p: { p: 2 }, r: [{ a: 152 }, 162] },
        r: {
          a: { f: 15, n: 2 },
          e: [{ l: 2, p: 15, t: 12 }, 88],
          i: { d: 12 },
          o: 69,
          ø: 152
        },
        s: {
          a: { m: { t: 26 } },
          i: 1,
          l: { e: { g: { e: { ".": 120 } }, t: 9 } },
          t: { e: [{ k: 20 }, 22], r: 12 }
        },
        u: { n: 15 },
        v: [{ a: { r: { e: 17 } }, e: 173 }, 172],
        y: { ".": 0 },
        ø: { y: 169 }
      },
      e: [
        {
          a: 162,
          d: [{ e: 175, r: 61 }, 0],
          k: { t: 22 },
          l: { ".": 0, a: 15, i: 12, o: 22 },
          n: { t: 22 },
          p: 90,
          s: { k: { e: { ".": 32 } }, t: 23 }
        },
        174
      ],
      f: {
        a: 168,
        c: 168,
        e: { ".": 0, i: 17 },
        f: { a: { n: 1 }, e: { i: 1, s: 18 }, i: { ".": 2, d: 18 }, u: 9 },
        i: [
          {
            a: [{ n: 22 }, 176],
            b: 88,
            n: { n: 97 },
            r: { e: 61 },
            t: { i: 0 }
          },
          1
        ],
        j: { o: 38 },
        l: { a: { ".": 35, r: 35 }, e: 12, i: 15 },
        r: { i: [{ k: 0 }, 172], a: { s: 17 } },
        o: [{ r: { a: { ".": 61 }, e: [{ n: { e: 14 } }, 62] } }, 168],
        s: { l: 54 },
        t: { e: { i: 22, l: 158 }, o: 3, s: 177 },
        y: { r: 15 },
        ø: { r: [{ i: 22 }, 23] }
      },
      g: {
        a: [
          {
            a: 88,
            e: 38,
            n: { f: 0, g: { s: 141 } },
            r: { t: 0 },
            s: { ".": 38 },
            v: { e: { ".": 31 } }
          },
          162
        ],
        d: { e: 15 },
        e: {
          l: { e: { n: 152 } },
          m: 88,
          n: { t: 178 },
          r: { a: 41, e: { k: 31 }, i: { s: { k: 22 } }, s: 152, u: 38 },
          s: 179,
          t: { a: 0 }
        },
        é: 0,
        g: { a: { r: 15, s: 1 }, e: 15, s: 180, u: [{ t: 4 }, 61] },
        i: { ".": 0, d: 15, s: 31 },
        l: { a: 69, e: { m: 1, s: { a: 4 } }, å: 15 },
        m: { o: { e: 46 } },
        n: { o: { m: 22 } },
        o: [{ d: 112, r: 69, s: 38, t: 90, v: 15 }, 162],
        r: { a: { s: 2 }, e: 69, i: 69, u: 181, å: 69 },
        s: {
          a: { m: { b: 1 }, n: { g: 23 } },
          e: { i: 34, l: 1, m: 12 },
          i: { n: { g: 20 } },
          j: { u: 4 },
          k: { a: 1, u: { l: 23 } },
          l: 7,
          m: { å: { l: { a: 120 } } },
          t: { r: 24, v: 82 },
          y: 7
        },
        u: { ".": 11, a: { y: 24 } },
        å: { v: { a: 32, e: { ".": 32 } } }
      },
      h: [{ i: 38, n: 26, v: 1 }, 153],
      i: {
        a: 182,
        e: [{ r: { ".": 12 } }, 67],
        i: { s: 1 },
        k: { e: { ".": 15 }, o: 15, v: 35 },
        n: { e: 15, g: 90, n: 153, o: 158, s: { m: 32 } },
        r: { o: 69 },
        s: { e: 23, k: [{ h: 183 }, 85], m: 6, o: { m: 31 }, s: 22, v: 9 },
        v: { e: 15 },
        ø: 15
      },
      j: [
        { a: { d: 39 }, e: [{ ".": 93, s: 16 }, 152], é: 0, i: 0, l: 11 },
        153
      ],
      k: {
        ".": 168,
        a: [
          {
            ".": 162,
            d: 184,
            f: 168,
            k: { s: 12 },
            n: 168,
            o: 53,
            r: [{ b: 4 }, 162],
            t: { r: 53 },
            u: 1
          },
          153
        ],
        d: 173,
        e: [
          {
            c: 155,
            h: 88,
            i: 185,
            k: 11,
            l: { e: [{ i: { e: { r: 186 } } }, 46], i: 42 },
            r: { e: { k: 23 }, ø: 0 },
            s: { m: 22, p: 36 },
            t: { e: 93 }
          },
          173
        ],
        h: { e: { n: 36 } },
        i: [{ d: 11, k: 11, n: { d: 2 }, s: 176 }, 187],
        j: 188,
        k: {
          a: { n: { d: 31 } },
          e: { ".": 15, n: 12, r: { s: { t: 22 } }, s: 1 },
          i: [{ m: 15, s: 26 }, 5],
          j: 4,
          o: [{ l: 24 }, 69],
          r: { i: 3 },
          u: [{ l: 1 }, 69],
          v: 26
        },
        l: [{ e: { v: 12 }, i: { k: 4 }, u: { s: 4 } }, 189],
        n: [{ e: 15, o: 38 }, 168],
        o: [{ m: { ".": 15 }, n: 38, s: 152, v: 8 }, 188],
        p: { e: 163 },
        r: {
          a: { s: { a: 46 } },
          e: { g: [{ i: 190 }, 15], s: 12 },
          o: { ".": 12, e: 12 },
          u: 69
        },
        s: {
          a: { n: { d: 26 } },
          e: { k: 1, l: { o: 124, v: 26 }, s: 1 },
          i: { d: 40 },
          j: { e: 164 },
          k: [{ u: 2 }, 129],
          l: 4,
          o: 162,
          r: 162,
          t: { i: 22, o: { l: 15 }, r: [{ e: { n: 16 } }, 23] },
          u: 162
        },
        t: {
          a: {
            b: 1,
            i: 1,
            k: 1,
            l: { e: { ".": 36 }, l: 22 },
            m: 4,
            n: { s: 4 },
            p: 1,
            s: 1,
            v: 1
          },
          e: { g: 1, k: 1, m: { e: 15 } },
          h: 162,
          i: { g: 191, t: 15 },
          l: { e: { g: { e: { ".": 120 } } } },
          r: [{ e: 4, å: 24 }, 7],
          s: { l: { a: 42 } },
          u: { e: 166 },
          æ: 109
        },
        u: { t: 183 },
        v: [{ a: { l: 12 } }, 173],
        ø: { l: 15 },
        å: 38
      },
      l: {
        a: {
          ".": 167,
          d: { r: 2 },
          g: [{ a: 39, m: 38, r: { a: 46 } }, 23],
          h: 38,
          i: 153,
          l: { l: 12 },
          m: { e: 34 },
          n: {
            a: 12,
            d: [{ e: { ".": 38 } }, 90],
            e: 38,
            g: { r: 17 },
            l: 12,
            v: 12
          },
          o: 23,
          p: { r: 22 },
          r: {
            ".": 38,
            a: 90,
            e: { n: 38 },
            k: 12,
            l: 152,
            m: 178,
            r: 15,
            s: 38,
            t: 12,
            v: 152
          },
          s: { i: 34 },
          t: [{ r: 61 }, 173],
          u: [{ k: 15 }, 162],
          v: [{ a: 23 }, 69]
        },
        b: { a: { ".": 1 }, o: { g: 5 }, u: { e: { r: { ".": 16 } }, m: 166 } },
        d: { e: [{ r: 2 }, 12], o: 162, r: { e: 24 } },
        e: [
          {
            f: 88,
            g: [{ ".": 155 }, 88],
            i: { e: { n: 120 }, k: 192 },
            k: { e: 38, s: 0 },
            l: { i: 0 },
            m: [{ u: 9 }, 88],
            n: { ".": 6, h: 193, t: { r: 194 } },
            p: { o: { s: 23 }, t: 152 },
            r: { e: { d: [{ e: { ".": 120 } }, 0] }, o: 195, u: 0 },
            s: [{ e: 61, k: [{ r: 47 }, 0], l: 0, u: 11 }, 180],
            t: { a: 0, e: 196 },
            u: 88,
            v: [{ a: 0, i: 0 }, 22]
          },
          173
        ],
        f: { a: { b: 164 } },
        g: { ".": 173, e: { b: 12 }, u: 7, å: { r: 1 } },
        i: {
          l: { l: 12 },
          m: 88,
          n: { ".": 155, a: { ".": 22 }, d: 193, s: 193, t: 12 }
        },
        j: {
          a: { ".": 35 },
          e: { ".": 12, n: { d: 22 }, r: 12 },
          o: [{ r: 1 }, 69],
          u: 129,
          ø: [{ v: 19 }, 69]
        },
        k: { e: { r: { a: 35 } }, s: 77 },
        l: {
          a: { g: { a: 5, e: { ".": 36 } }, p: 1, r: { t: 22 } },
          e: {
            a: 15,
            g: { e: { ".": 36 } },
            k: 1,
            n: { ".": 15 },
            r: { s: { t: 22 } },
            s: [{ t: 1 }, 124],
            t: 15
          },
          i: { a: 164, d: 1, e: 197, n: { e: 49 }, s: { t: { ".": 4 } } },
          o: { m: 99 },
          s: { e: { n: 23 }, t: { i: 23 } },
          u: { l: 4 },
          ø: { s: { ".": 4, e: 1, t: 6 } },
          å: 4
        },
        m: { a: { l: 167 }, e: { k: 4, t: 1 } },
        n: 162,
        o: {
          ".": 38,
          b: 182,
          i: 38,
          m: 69,
          n: 153,
          p: { e: 12 },
          r: { d: 2, i: [{ t: 31 }, 14] },
          v: { e: 12 },
          w: 16
        },
        p: [{ s: 12 }, 28],
        s: [
          {
            e: { d: 2 },
            k: { a: { p: 35, r: { e: 2 } } },
            l: [{ ø: 22 }, 54],
            n: 7,
            p: { u: 4 },
            t: { e: [{ r: 31 }, 23] },
            u: 168
          },
          173
        ],
        t: {
          a: { k: 31, l: { e: { ".": 46 } } },
          e: {
            d: 12,
            m: { a: 2 },
            r: { n: { a: 166 } },
            t: [{ a: 26, e: 26 }, 5]
          },
          o: { p: 85 }
        },
        u: { k: 198, l: { l: { a: 46 } }, n: { d: 15 }, r: { e: { ".": 32 } } },
        v: {
          a: { ".": 15, k: { s: [{ e: { ".": 91 } }, 22] } },
          e: { d: 1, r: [{ m: 199 }, 20], s: [{ ".": 35 }, 17] },
          i: { s: { e: 46 } },
          o: 69,
          s: 24
        },
        y: [{ t: { e: 201 } }, 200],
        ø: { s: { e: 22 }, v: 12 },
        å: [{ t: 40 }, 153]
      },
      m: {
        a: {
          h: 0,
          i: { s: 22 },
          k: [{ i: 38, s: 12 }, 88],
          l: [{ d: 15 }, 88],
          n: 90,
          r: { ".": 90, a: 38 },
          s: { ".": 152, o: 58 },
          t: { ø: 178 }
        },
        b: { a: { r: 1, s: 164, t: 1 }, e: 15 },
        e: {
          i: [{ e: 12, s: 90 }, 88],
          k: [{ s: 12 }, 88],
          n: { d: { e: { ".": 46 } }, s: 43, t: { a: { r: { v: 202 } } } },
          r: { a: { m: 23 }, e: { t: 0 }, i: [{ n: 162 }, 178] },
          u: 22
        },
        h: { u: 16 },
        i: [{ n: { a: 61, e: 61 }, s: { k: [{ u: 5 }, 203] } }, 173],
        l: { e: { s: { e: 1, t: 4 } } },
        m: { a: { d: 1 } },
        n: { ".": 168, e: { d: 1 } },
        o: [{ e: 22, p: 69, r: 69, v: { e: 31 } }, 88],
        p: {
          a: { p: 1, r: { e: 1 } },
          e: { i: 22, r: { i: { a: 6, e: 4 } }, s: 120 },
          i: { n: { n: 61 } },
          l: [{ e: { t: 9 } }, 107],
          r: { e: 25 },
          u: { n: 1 },
          å: 7
        },
        r: { u: 5, å: 15 },
        s: [
          {
            k: { u: 40 },
            l: 23,
            t: [{ r: 85 }, 36],
            u: { t: 39 },
            v: [{ e: 26 }, 28],
            ø: 7
          },
          69
        ],
        t: { i: [{ d: { a: 17 } }, 12], m: 166, v: 2 },
        u: { l: 4 },
        y: { r: 15 },
        ø: { y: 15 }
      },
      n: {
        a: {
          ".": 168,
          k: { t: { e: { ".": 46 } } },
          l: { a: 24, f: 5, y: 164 },
          n: [{ e: 90, g: 38, t: 91 }, 167],
          r: [{ b: 11, t: 15 }, 162],
          t: { o: 24 },
          u: [{ s: 58 }, 204],
          v: { ".": 35 }
        },
        b: { e: { f: 164 } },
        d: {
          ".": 162,
          a: { m: 205, t: { a: 17 } },
          e: { k: 1, n: 15, r: { l: { e: 51 } }, t: 35 },
          o: [{ s: 1 }, 168],
          s: [
            {
              e: { l: 23, n: { d: 32 } },
              l: { e: { t: 61 } },
              t: { r: { e: 19 } }
            },
            162
          ]
        },
        e: {
          d: 88,
          g: { g: 15 },
          l: { v: 169, u: 64 },
          m: 88,
          n: 173,
          r: [{ m: { e: 206 }, u: 24 }, 173],
          s: { ".": 38, t: 0, v: 22 },
          t: { i: { k: { a: 20, e: 38, k: 20 }, s: 9 } },
          v: 88
        },
        f: { a: { l: 164 }, ø: { r: { e: { ".": 17 } } } },
        g: {
          e: [
            { d: 1, n: { h: 26 }, r: { m: { e: 22 } }, s: { t: { e: 6 } } },
            23
          ],
          i: { ".": 1, v: 166 },
          o: { f: 22, s: 15 },
          r: { a: 207, e: { ".": 1, s: 4, t: 1 }, y: 85 },
          s: {
            m: 23,
            t: { r: { o: 36, å: 208 }, y: 14 },
            v: { a: 22 },
            ø: { y: 31 }
          },
          t: { r: { e: 53 }, v: { e: 19 } },
          u: { n: 1 },
          å: { ".": 1 }
        },
        i: { a: 16, b: 11, s: { j: 0 }, v: 162 },
        k: {
          a: { n: { a: 1 } },
          i: 162,
          j: 162,
          o: { b: 1, p: 1, s: 1 },
          r: [{ a: { n: { a: { ".": 91 } } }, e: 24 }, 129],
          u: { t: 24 },
          v: 209,
          ø: 1,
          å: 83
        },
        l: { a: [{ n: { d: 123 } }, 173], ø: { p: { a: 49 } } },
        n: {
          a: { n: { s: 22 } },
          e: { m: { e: 4 }, n: 15, r: 15 },
          i: { d: 15, n: { n: 1 } },
          o: { m: 1, n: 166, v: 1 },
          s: {
            e: { i: 23 },
            i: { d: 23 },
            k: { å: 127 },
            l: 31,
            t: [{ a: 22 }, 24],
            u: 41
          },
          y: 1,
          ø: 7
        },
        o: {
          ".": 90,
          a: { ".": 155 },
          d: { e: { b: 31 } },
          g: 173,
          r: { m: 152 },
          t: 11,
          v: [{ a: 22, e: 12 }, 210]
        },
        r: { i: { k: { e: 16 } } },
        s: {
          a: { f: { t: 22 }, k: { a: 16 }, n: 162, t: 164 },
          e: { k: 1, n: { t: 1 }, r: { i: { e: { n: { e: 211 } } } }, s: 1 },
          i: { k: 164, n: { d: 22, s: 22 } },
          k: { i: 1, j: 12, l: 41, u: { n: 31 }, ø: 15 },
          l: { ø: 4 },
          n: 1,
          o: { r: 22 },
          p: { i: 85, o: { r: { t: { s: 212 } } } },
          t: [{ a: { r: 168 }, e: 214, u: 109, i: 215 }, 213],
          u: [{ n: { d: [{ a: 166 }, 57] } }, 173],
          v: [{ e: 162 }, 216],
          y: 168,
          å: 1
        },
        t: {
          a: { l: { a: 46 }, n: { d: 20, s: 1 } },
          e: { d: 12, m: { i: 22 }, n: { n: 166 }, s: { l: 1 } },
          i: { k: { l: 16 }, m: 1 },
          o: { i: 15, r: { d: 22 } },
          r: { a: { b: 22 }, o: { m: 61 }, y: { g: 22 } },
          s: 19,
          u: { l: 1, s: { t: 103 } }
        },
        u: [{ s: { a: 16 }, t: 15 }, 173],
        v: { e: { n: 164 }, i: { n: 168 } },
        y: [{ a: 0 }, 168],
        æ: [{ r: 46 }, 217],
        ø: [{ k: 88 }, 173],
        å: 2
      },
      o: [
        {
          a: 35,
          g: 39,
          i: 88,
          k: 70,
          n: { d: { e: { ".": 32 } } },
          p: 7,
          r: 1
        },
        153
      ],
      p: {
        e: { a: 38 },
        é: 152,
        i: [
          {
            a: 88,
            d: 69,
            k: 11,
            n: { s: 11 },
            o: 88,
            r: [{ e: 77 }, 47],
            s: { e: 61 }
          },
          153
        ],
        j: 69,
        l: { a: [{ s: 149 }, 153], i: 12, o: 35, y: 7 },
        o: { l: 162, n: 0, o: 0, p: 24, s: { t: { i: 42 } }, t: 88 },
        p: {
          a: { r: [{ ".": 162, e: 168 }, 218] },
          e: { s: { k: 61 } },
          l: { a: { s: 15 }, e: 1, i: 15 },
          r: { i: 4 }
        },
        r: { a: 12, e: { n: 15, t: 15 }, i: { n: 12 } },
        s: [{ a: 5, e: { l: 12, s: 5 }, l: 219, y: 90, ø: 26 }, 129],
        u: [{ t: 97 }, 167],
        y: 153,
        ø: [{ l: { s: 220 } }, 2],
        å: { ".": 38 }
      },
      r: {
        a: [
          {
            b: { i: 39 },
            k: { s: 15, t: 17 },
            l: { t: 12 },
            m: { i: 0 },
            n: [{ o: { r: 0 }, s: 0, v: 0 }, 173],
            r: 173,
            s: { s: 169 },
            t: { e: { ".": 22 } },
            u: { g: 15, k: [{ e: { n: 49 } }, 2] },
            v: { h: 2 }
          },
          153
        ],
        b: [
          {
            a: [{ n: { e: { ".": 46 } } }, 173],
            e: { h: 168, n: 162, t: 168 },
            i: 173,
            j: 162,
            l: 168,
            o: [{ d: { a: 46 } }, 173],
            r: 173,
            u: 173,
            y: 173,
            ø: 173,
            å: 162
          },
          172
        ],
        d: {
          e: { b: 2, l: { i: 4 } },
          f: { ø: { r: { e: 14 } } },
          r: { e: 24 },
          s: { t: { a: 22 } }
        },
        e: [
          {
            a: [{ r: 162 }, 184],
            b: [{ a: { r: 103 } }, 0],
            d: 88,
            f: 88,
            i: [{ n: 24 }, 88],
            k: [{ t: 97 }, 88],
            l: { a: 0, e: { k: 2 }, i: 221 },
            m: { n: 2, o: { ".": 38 } },
            n: { a: 164, g: 97, i: 0, t: { e: { s: 17 } } },
            o: 88,
            p: 88,
            r: { e: { l: 11 }, f: { a: 169 }, k: 11, o: 0, ø: 11 },
            s: { ".": 38, k: { a: 46 } },
            t: [{ a: { ".": 152 } }, 1],
            v: [{ a: 40, n: [{ e: { ".": 36 } }, 12] }, 0]
          },
          153
        ],
        é: 222,
        f: 168,
        g: { h: 40, i: 20, j: 168, l: 23, o: 2, s: { t: { j: 22 } } },
        i: [
          {
            a: { n: { e: 16 } },
            b: [{ a: 33 }, 90],
            d: { r: 15 },
            m: 0,
            n: { n: 12, s: [{ k: 33 }, 12], t: 12 },
            s: { e: [{ a: 103 }, 24], t: { o: 0 } },
            v: 88
          },
          188
        ],
        k: {
          a: { u: 1 },
          e: [{ s: 223 }, 12],
          h: { a: 15 },
          i: { t: 164, v: 164 },
          l: { e: 1, ø: { f: 26 } },
          o: { d: 4 },
          s: { t: { e: 31, r: 23 } },
          v: { e: { g: 61 } },
          ø: { y: 1 }
        },
        l: { a: { g: { a: 5 } } },
        m: {
          a: { p: 1 },
          b: { å: 166 },
          e: { d: { i: 1 }, t: [{ r: 4 }, 16] },
          i: { n: { f: 1 } },
          l: { e: { n: { e: { ".": 120 } } } },
          å: { l: { a: 36 } }
        },
        n: [
          {
            a: { d: 1, l: 1 },
            e: { v: { a: { l: { a: 170 } } } },
            i: 12,
            o: 12,
            u: 12,
            å: 12
          },
          224
        ],
        o: {
          ".": 153,
          d: { e: { ".": 32 } },
          k: 38,
          n: 153,
          p: [{ a: 31 }, 69],
          r: 225,
          s: [{ t: 2 }, 153],
          t: 153,
          v: { e: 12 }
        },
        p: { e: { d: 4 }, o: 35, r: { e: { t: 22 } } },
        r: {
          a: 172,
          e: { e: 15, s: { k: 2 } },
          i: { e: 105 },
          å: { d: { a: 36 } }
        },
        s: [
          {
            a: { k: { a: 36 }, n: { s: 22 } },
            e: { l: 12, r: { s: 3 } },
            i: { n: 1 },
            k: { a: { m: 22, r: 15 }, e: { s: 22 }, r: { e: 61 } },
            p: { r: 1 },
            t: { r: 31 },
            v: { e: { i: 23 } },
            æ: 61
          },
          173
        ],
        t: {
          a: { l: { a: 5, e: { ".": 36 } } },
          e: [{ l: { e: 2 }, t: { s: 167 } }, 12],
          h: { a: { ".": 23, s: 23 } },
          i: { k: { a: 1 }, m: 226 },
          n: 162,
          o: [{ p: 1 }, 162],
          r: [{ a: 39, i: { n: 4 } }, 168],
          s: { t: 47, ø: 17 },
          u: 168,
          y: [{ v: 1 }, 167]
        },
        u: { l: 69, n: 69, r: 20, s: 153, t: { b: 15, n: 15 } },
        v: { e: { s: 18, t: { e: 4 } }, i: { s: { a: 46, e: { ".": 46 } } } },
        y: 153,
        æ: 40,
        ø: { v: { e: { ".": 32 } }, y: 69 },
        å: [{ d: { e: { ".": 32 } }, p: 2, t: 97 }, 153]
      },
      s: {
        ".": 168,
        a: [{ b: 5, k: 5, l: { o: 0 }, n: 4, u: { g: 2 } }, 187],
        b: { e: 183 },
        c: 153,
        e: {
          ".": 88,
          a: 5,
          d: 88,
          g: 88,
          k: 88,
          l: [{ e: 22 }, 1],
          m: 88,
          n: { e: { t: 11 }, k: 0 },
          o: { l: 152 },
          s: [{ t: 11 }, 227],
          t: { e: 0 },
          u: 228
        },
        h: [{ u: 15 }, 7],
        i: { b: 0, p: 88, r: 88, s: { ".": 152, t: 17 }, v: 88 },
        j: { a: 1, e: { t: { t: 11 } }, o: { r: 15 } },
        k: {
          a: { r: 12 },
          e: { t: [{ i: 15 }, 31] },
          i: [{ s: 15 }, 28],
          j: 38,
          o: { ".": 15, e: 15, p: { i: 169 }, r: 12, t: 12 },
          r: [{ a: 2 }, 153],
          u: { l: [{ a: 149, e: 4 }, 12], t: 143 },
          v: 1,
          ø: { y: 22 }
        },
        l: [{ a: { g: [{ a: 46 }, 229] }, e: { v: 1 }, i: { t: 1 } }, 69],
        o: [{ ".": 0, m: 230, v: 15 }, 153],
        p: { a: { n: 1 }, e: 12, i: { s: 2 }, l: 15 },
        s: {
          a: { ".": 35, b: 1, l: [{ d: 22, t: 22 }, 1], m: 1 },
          e: { ".": 15, d: 1, k: 1, r: { i: { e: 231 }, v: 1 }, s: 1 },
          i: { f: { r: 4 }, n: { g: 15 }, s: 18, t: 1 },
          j: 7,
          k: [{ u: { l: { e: { ".": 120 } } } }, 232],
          n: 107,
          o: { ".": 15, a: 49, s: { ".": 2 } },
          p: 232,
          t: [{ a: { n: 1 }, r: [{ u: 22 }, 1] }, 107],
          v: 129,
          y: { s: 1 },
          ø: { k: 1 },
          å: 233
        },
        t: {
          a: [{ b: 4, n: { d: { e: 11 } }, t: { u: 0 } }, 69],
          e: { ".": 15, d: 12, g: 1, k: 1, n: { h: 26 } },
          j: 153,
          o: { f: 155, k: 38, s: 20, v: 22 },
          r: { e: { n: 22 }, o: 1 },
          u: { a: 35, v: { e: { ".": 46 } } },
          ø: { v: 42 }
        },
        u: [{ n: 24, s: { a: 39 } }, 153],
        v: { a: 69 },
        y: { m: 11, n: { d: 16 } },
        ø: { y: { e: 2 } },
        å: 15
      },
      t: {
        ".": 162,
        a: [
          {
            e: { n: { e: 38 } },
            f: 4,
            k: { a: { ".": 32 } },
            l: { a: { ".": 32 } },
            n: { g: 0 },
            r: { a: { r: 39 }, v: 96 },
            s: [{ ".": 38 }, 5],
            t: 46,
            u: 88,
            v: { h: 15 }
          },
          234
        ],
        c: { h: 17 },
        e: {
          a: 88,
          c: 88,
          d: { d: 2 },
          e: 88,
          i: [{ d: 15, g: 12, n: 24 }, 0],
          k: { a: 0, e: [{ t: { a: 58 } }, 112], t: { e: 97 } },
          l: { e: 61 },
          m: { b: 12 },
          n: [{ e: { ".": 38 }, i: 0, u: 0 }, 162],
          o: 88,
          r: [{ ".": 38, a: { t: 11 }, e: { k: 93 }, i: { l: 0 } }, 162],
          s: 88,
          t: { t: 193 },
          u: 3
        },
        é: 0,
        f: { e: { r: 164 } },
        h: { a: { ".": 1, s: 6 } },
        i: [
          {
            k: { k: { a: 36 } },
            l: { i: 14 },
            n: { e: { a: 22 } },
            r: { e: { p: 23 } },
            s: { t: { a: 32 } }
          },
          162
        ],
        j: { o: 12 },
        l: { a: { n: { t: 166 } }, ø: { y: 39 } },
        m: { o: { s: 164 } },
        n: { e: { l: 1 } },
        o: {
          a: 22,
          g: { r: 22 },
          i: 69,
          m: 88,
          p: { p: { r: 97 } },
          r: 153,
          s: { e: 38 },
          v: 235
        },
        r: {
          a: 153,
          e: { g: 15, n: 12, r: 12 },
          i: { f: 0, n: 12 },
          o: { t: 15 },
          u: 155,
          ø: { s: 15, y: 15 }
        },
        s: [
          {
            e: { r: 12 },
            j: { e: 2 },
            k: { a: { t: 40 }, j: 2, u: { l: 31 } },
            ø: 107
          },
          173
        ],
        t: {
          ".": 162,
          a: { t: 4 },
          e: { ".": 236, n: { s: 15 } },
          f: { ø: { r: { e: 58 } } },
          i: { d: 1, s: [{ e: 22 }, 5], t: 12 },
          o: [{ p: 77, v: 36 }, 54],
          r: [{ a: { f: 1 }, e: 85, i: { n: 4 } }, 69],
          s: { k: 75, l: 112, p: 24, v: 24 },
          y: { s: 4 },
          ø: 237
        },
        u: [{ e: 42, t: 88 }, 153],
        v: [{ i: { e: { r: { ".": 17 } } } }, 15],
        w: 238,
        y: [{ r: { k: { e: { ".": 46 } } }, v: 149 }, 153],
        ø: [{ r: { s: 18 }, s: { e: 39 }, y: 169 }, 153],
        å: { ".": 90, a: 152, e: 153, r: 15, s: { e: 9 }, t: 239 }
      },
      u: {
        ".": 162,
        a: [{ r: { ".": 35 } }, 240],
        b: [{ a: { n: { e: { ".": 36 } } } }, 236],
        c: 12,
        d: { a: { ".": 15 }, e: { t: 35 }, i: { ".": 1 } },
        e: [
          {
            n: 2,
            r: [{ e: 22 }, 2],
            s: { t: 12 },
            t: { a: 3, e: { ".": 20 } }
          },
          241
        ],
        g: {
          a: { l: 1, s: 1 },
          e: { l: [{ e: { g: { e: { ".": 242 } } } }, 1] },
          n: 243,
          u: 164
        },
        i: 15,
        k: { e: { l: { i: 15 }, t: 15 }, l: { a: 22 }, s: 244, v: { e: 15 } },
        l: { a: { s: 4, t: 1 }, l: [{ a: 32 }, 22], u: 15 },
        m: { e: { n: 35 }, o: 4, s: { k: 19, t: 134 } },
        n: { d: 38 },
        r: {
          a: { e: 15 },
          e: { s: 17, t: 15 },
          i: 15,
          s: 19,
          u: [{ e: 5 }, 69]
        },
        s: {
          a: 69,
          k: { j: 39, r: 4 },
          o: 69,
          s: 22,
          t: {
            a: { s: 111 },
            e: { t: { t: 32 } },
            i: { s: [{ e: 127 }, 120] },
            o: { n: 31 },
            r: [{ a: 4, i: 4 }, 15]
          },
          u: [{ n: 1 }, 69],
          ø: 245
        },
        t: {
          a: [{ ".": 12, r: 2 }, 31],
          e: 15,
          o: [{ v: 17 }, 172],
          r: { e: 34 },
          y: 1
        },
        x: 173
      },
      v: {
        a: [
          {
            b: 15,
            e: 38,
            g: 61,
            l: [{ v: 12 }, 168],
            n: { d: 193, g: 12, l: 169, s: 246 },
            r: { ".": 155, t: [{ a: { ".": 36 } }, 12] },
            s: 162,
            t: { a: 36 }
          },
          153
        ],
        b: { i: 166 },
        d: [{ e: { l: 164 } }, 172],
        e: [
          {
            d: [{ e: { ".": 38 } }, 247],
            i: { l: 152, n: 24 },
            k: 88,
            l: { a: 0, e: [{ g: 38 }, 0] },
            n: { s: 103 },
            r: { ".": 38, a: { s: 61 }, d: 17, e: { i: 11 } },
            s: 88,
            v: 88
          },
          188
        ],
        f: { a: 172 },
        g: 172,
        i: {
          a: { r: 23 },
          g: 248,
          k: [{ e: 39 }, 153],
          n: [{ t: 169 }, 153],
          r: 173,
          s: { a: [{ ".": 22 }, 166], e: 249, i: { n: { g: 15 } }, t: 18 },
          t: 38
        },
        l: { u: { t: 49 }, ø: { s: { e: 17 } } },
        n: [{ a: 2, e: { s: 1 } }, 168],
        o: [{ k: 0, r: 24, v: 23 }, 153],
        r: [{ e: { s: 1 }, i: 15 }, 69],
        s: {
          a: 69,
          e: { g: 15 },
          i: 28,
          k: { o: { g: 58 } },
          n: { i: 164 },
          p: [{ e: { g: 250 } }, 8],
          t: { e: 23 },
          u: 15,
          v: 8
        },
        t: [{ a: { k: { a: 49 } } }, 172],
        u: 173,
        v: { i: 172 },
        ø: { l: 12 },
        å: [{ l: 251 }, 187]
      },
      w: { a: [{ t: 5 }, 153], e: [{ n: { e: 39 } }, 38], i: 153 },
      y: { a: [{ n: { e: { ".": 2 } }, r: 15 }, 7], s: { t: 84 }, t: 229 },
      z: { u: 38, z: { o: 24 } },
      ø: 153,
      å: 252
    },
    b: {
      a: [
        {
          a: 12,
          b: { y: [{ s: 1 }, 17] },
          c: { l: 15 },
          d: [
            {
              a: { ".": 1, n: 2 },
              d: 38,
              e: { ".": 6, b: 1, n: { ".": 15, s: 2 } },
              i: 12,
              s: 54
            },
            7
          ],
          f: 162,
          k: [
            {
              a: { n: 254, r: [{ s: 170 }, 12] },
              e: {
                n: [{ d: [{ e: { ".": 120 } }, 26] }, 12],
                r: 12,
                s: 18,
                t: { ".": 35, t: 39 }
              },
              i: [{ ".": 6 }, 12],
              k: { e: { r: { s: 31 } }, o: 31, r: 22 },
              r: [{ e: 23, i: 15, o: 24 }, 162],
              s: { m: 24, p: 22, t: { i: 19, r: 22 } },
              t: 77,
              v: 54
            },
            7
          ],
          l: {
            a: [{ k: 61 }, 12],
            e: { s: 1 },
            i: { ".": 1 },
            j: 24,
            l: {
              a: { g: 23, n: 23 },
              e: { d: 23, g: 23, i: 23, v: 23 },
              i: { g: 23 },
              o: { v: 31 },
              s: 80,
              æ: 31
            },
            o: 69,
            t: 22,
            u: 69
          },
          n: {
            a: [{ ".": 1, n: 15, r: 15 }, 23],
            d: { a: 39 },
            e: { l: 1, s: 1 },
            k: { a: { p: 31 }, o: { r: 23 }, u: 255 },
            t: { u: 14 }
          },
          r: {
            e: [{ t: { t: 14 } }, 12],
            i: [{ e: { n: 202 } }, 12],
            k: { s: 17 },
            s: { k: { r: 22 } },
            t: { r: 22 },
            u: 15
          },
          s: {
            e: { n: 15, r: { u: 1 }, t: 1 },
            i: 12,
            k: 129,
            s: {
              a: { k: 31, n: 23 },
              i: [{ s: 139 }, 103],
              o: 23,
              t: [{ r: 36 }, 23]
            },
            t: 7,
            u: 94
          },
          t: { a: 69, r: 189, t: { i: 31 } },
          u: { l: { a: 39 } },
          v: 168,
          z: 15
        },
        253
      ],
      b: [
        {
          a: [{ k: 11, r: { b: 169 }, s: { e: 11 } }, 90],
          e: {
            ".": 90,
            b: 0,
            d: { a: 0 },
            f: 88,
            g: 0,
            h: 11,
            i: [{ e: 12, g: 15 }, 88],
            k: 88,
            l: { o: 11, t: [{ e: 190 }, 256] },
            m: 0,
            n: { e: { ".": 155 } },
            o: 88,
            r: [{ f: 169 }, 90],
            s: [{ k: { a: 152 } }, 257],
            t: { a: 11, e: { n: 11 }, i: 0, o: 11, r: 11 },
            v: 88
          },
          h: 258,
          i: [{ e: 143, n: { n: 169 } }, 90],
          l: [{ e: { n: 2 } }, 259],
          o: { p: 15 },
          r: { e: { k: 15 } },
          u: { r: { a: 39 }, t: { ".": 15, e: 15 } },
          y: [{ e: 24, k: 54 }, 227],
          ø: 0,
          å: 11
        },
        188
      ],
      c: 173,
      d: [{ e: { k: 88, n: 152, p: 0 } }, 188],
      e: [
        {
          a: { u: 7 },
          b: { o: { ".": 1, e: { r: { ".": 17 } }, k: 49 } },
          d: {
            a: { ".": 1, r: 35 },
            e: { r: 12 },
            i: { e: 260 },
            r: { e: [{ d: 22 }, 1] },
            s: 261,
            y: { r: { a: 49 } },
            å: 262
          },
          e: [{ d: 15, f: 4 }, 173],
          f: [{ a: { r: { e: 17 } } }, 0],
          g: [
            {
              a: [{ ".": 1 }, 16],
              i: { ".": 1 },
              n: 1,
              o: 15,
              r: { e: { ".": 26, n: { e: { ".": 26 } } } },
              å: { ".": 1 }
            },
            12
          ],
          h: {
            a: { ".": 4, g: 16 },
            e: { r: { s: 170 } },
            u: 162,
            å: { r: 5 }
          },
          i: 4,
          k: {
            e: 15,
            i: 107,
            k: { e: { l: 31, r: 14, s: 23 } },
            l: 31,
            s: 162
          },
          l: {
            a: { b: 85, g: { a: 49 } },
            e: { i: { e: 22, g: 22, n: 22 }, k: 1 },
            i: { n: { a: 49 }, v: 49 },
            l: { e: { s: { a: 14 }, t: 22 }, æ: 22 },
            o: 129,
            s: { p: 42, t: 134 },
            t: { a: { g: 23 }, e: { s: 263 }, ø: 41 },
            u: 24,
            v: 22,
            æ: { r: { e: 17 } },
            å: { n: { e: 16 } }
          },
          n: {
            a: [{ t: 15 }, 1],
            e: [{ d: 162, s: { t: 1 } }, 12],
            g: 22,
            i: 15,
            s: { i: 42, k: { j: 22 }, p: 22 },
            t: { e: 22 }
          },
          p: 173,
          r: [
            {
              a: { i: 162, s: 2 },
              d: 22,
              e: { p: 1, s: { t: 167 }, t: { e: 17 } },
              g: {
                a: 23,
                e: { n: { d: { e: 53 } }, s: 22 },
                j: 18,
                l: 18,
                o: 18,
                å: 41
              },
              i: { b: 15, k: { e: 17 }, s: 2 },
              k: { l: 31 },
              n: { a: 22, e: 22 },
              o: [{ ".": 1, a: 49 }, 69],
              r: { i: 120 },
              t: { e: 22, i: 22 },
              u: [{ s: { a: 49 } }, 69],
              ø: { v: 17 }
            },
            0
          ],
          s: [
            {
              ".": 166,
              e: { ".": 1 },
              i: [{ k: 162 }, 9],
              j: 168,
              k: { e: 22, n: 47 },
              n: [{ e: 61 }, 12],
              o: [{ v: 49 }, 265],
              p: 15,
              s: [{ a: 266, e: { l: 31 }, i: 61 }, 24],
              t: { e: { n: { s: 61 }, s: [{ ".": 15 }, 31] } },
              å: 4
            },
            264
          ],
          t: [
            {
              ".": 166,
              a: { b: 1 },
              e: [{ i: 162, s: 2 }, 12],
              o: { n: { e: 17 } },
              r: { a: { r: 4 }, e: { ".": 4 }, i: 85 },
              u: 162,
              y: { ".": 1 }
            },
            178
          ],
          v: {
            a: { r: { e: 17 } },
            e: { ".": 4 },
            i: { s: { e: { ".": 17 } } },
            o: 35,
            r: 39
          },
          å: [{ n: 49 }, 168]
        },
        172
      ],
      é: 191,
      f: 267,
      g: 168,
      h: [{ u: 54 }, 173],
      i: [
        {
          a: { k: 15 },
          b: { l: { a: 4 } },
          c: { e: 15 },
          d: [{ e: { e: 15 }, é: 6, r: 31, u: 46 }, 69],
          e: { l: [{ e: 4 }, 15], r: { v: 15 } },
          f: { a: 162 },
          g: 15,
          k: { a: 12, k: [{ i: 31 }, 54], l: 9, r: 268 },
          l: {
            a: { ".": 4, p: 26, s: 1, u: 1 },
            e: { t: [{ r: 14 }, 12] },
            i: { n: 1 },
            j: 24,
            l: { a: [{ g: { a: 91 } }, 22], e: { g: 22 } },
            m: 19,
            o: 54
          },
          m: 269,
          n: { a: { n: { s: 1 } }, g: { o: [{ l: 23 }, 14] }, o: 2, t: 248 },
          o: [{ m: { s: 270 } }, 61],
          p: 162,
          r: { i: [{ s: { ".": 2 } }, 223], k: { e: { n: 23 } }, o: 69 },
          s: {
            a: 28,
            e: 12,
            h: [{ i: 31 }, 38],
            k: { e: 61 },
            l: { a: 9 },
            n: 167,
            p: [{ i: 53 }, 1],
            s: { e: 22 },
            t: [{ a: 20, i: { l: 23 }, r: { u: 22 } }, 69],
            v: 34
          },
          t: {
            a: { ".": 4 },
            e: { ".": 1, s: 15 },
            i: { ".": 6 },
            r: { e: 1, i: 4 }
          }
        },
        253
      ],
      j: { a: { r: 18 }, e: { k: { t: { o: 271 } } }, ø: { r: 31 } },
      k: [{ h: 38 }, 272],
      l: [
        {
          a: {
            d: [{ a: 18 }, 184],
            f: 144,
            g: { a: 32 },
            k: { r: 17 },
            m: { e: 22 },
            n: { d: { a: 49 }, k: [{ e: 17 }, 0], t: 0 },
            r: [{ a: { r: 93 } }, 153],
            t: 90,
            u: 23
          },
          e: {
            f: 0,
            i: { e: [{ r: 17 }, 273] },
            k: [{ a: 41, e: { s: 22 } }, 0],
            m: { o: 23 },
            r: [{ a: 77 }, 90],
            s: { a: 11, s: { e: { n: { e: 186 } } }, t: 0 },
            t: 173
          },
          i: {
            k: { e: 39 },
            m: { a: 22, e: 22 },
            n: { g: { s: { i: 123 } } },
            s: { s: 18 }
          },
          j: [{ a: 5 }, 38],
          o: { d: { r: 31 }, k: 172, m: { m: 17 } },
          u: [{ e: { s: 203 }, s: { a: 39 } }, 11],
          y: { g: { l: 61 } },
          æ: { r: { e: { ".": 22 } } },
          å: { n: 22, r: 24, s: { a: 61, e: { ".": 22 } } }
        },
        7
      ],
      m: 274,
      n: [{ e: { ".": 90, r: 90, s: { ".": 152 } }, i: 152 }, 168],
      o: [
        {
          a: { s: 42 },
          b: {
            b: { a: { n: { e: { ".": 120 } } }, y: { ".": 22, e: 39 } },
            l: [{ a: 61 }, 7],
            s: 5
          },
          d: { e: 12, i: { n: 4 }, r: 21, ø: 7 },
          e: { f: 162, n: 172, r: 7, t: { ".": 1 } },
          f: 275,
          g: { e: { l: 1 }, n: 16, s: 54 },
          h: 173,
          j: 173,
          k: {
            ".": 164,
            a: 7,
            e: { l: 4, t: 85 },
            i: 54,
            k: 54,
            o: { p: 4 },
            r: { i: 3 },
            s: [{ i: { d: { a: 91 } }, p: 5 }, 276],
            u: 7,
            v: { e: 24 }
          },
          l: [
            {
              e: { i: { e: 22 } },
              i: [{ n: 16 }, 2],
              o: { ".": 2, i: 15, r: 158 },
              s: { p: 42, t: 120 }
            },
            0
          ],
          m: { b: [{ e: { l: 23 } }, 172], m: 22, o: 4, s: 177 },
          n: {
            a: { p: 15, t: { o: 22 } },
            n: [{ e: 22 }, 162],
            s: 5,
            u: { s: 15 }
          },
          o: [{ m: 176 }, 31],
          p: 182,
          r: {
            a: [{ ".": 1 }, 69],
            e: { ".": 4, l: 2, n: 12, t: [{ e: 1 }, 12] },
            i: { ".": 4 },
            o: 12,
            t: { e: { f: 127, i: 31, s: 23, t: 127 }, i: 23, s: 80 }
          },
          s: [
            {
              e: { t: { e: { ".": 46 } } },
              k: { a: 164 },
              l: 7,
              s: { e: 22 },
              t: { o: 1 }
            },
            277
          ],
          t: [
            {
              a: { ".": 1, k: 1, l: 1 },
              e: { ".": 4 },
              o: 278,
              r: 279,
              v: 280
            },
            172
          ],
          u: { c: 24 },
          v: 281,
          w: { e: 23 },
          y: 4
        },
        88
      ],
      p: [{ l: 152 }, 162],
      r: [
        {
          a: [{ k: { a: 22, s: 17 }, s: { e: 22 } }, 253],
          e: {
            d: { s: { p: 17 } },
            i: { e: 17, s: 18 },
            t: { t: { e: 16 } },
            v: [{ i: { e: { r: { ".": 33 } }, n: 23 } }, 11]
          },
          i: { a: 22, o: 0 },
          o: [{ a: { r: 39 }, s: 177 }, 88],
          u: [
            {
              k: { e: 22, s: 43 },
              n: { a: [{ ".": 61 }, 23], e: { s: 22 } },
              p: { l: 22 },
              r: { e: { n: 61 } },
              s: { a: 22, l: 5 }
            },
            178
          ],
          y: [{ n: { s: 5 } }, 172],
          ø: [{ d: { e: 22 } }, 178],
          å: { e: 36, n: { e: 39 }, t: { e: { ".": 22 } } }
        },
        6
      ],
      s: [
        {
          e: [{ a: { m: 282 }, l: 169 }, 1],
          i: 149,
          k: 23,
          l: { i: 0 },
          m: 88,
          o: { f: 259 },
          t: [{ f: 284 }, 283],
          v: 252,
          å: 22
        },
        200
      ],
      t: [{ s: 252 }, 274],
      u: [
        {
          a: { r: 1 },
          b: 162,
          d: { a: 12, d: { h: 19 }, e: 12 },
          e: { m: 265, n: { ".": 1, e: 35 }, r: { ".": 1 }, s: 22 },
          i: [{ s: 4 }, 69],
          k: { i: 168, l: 24 },
          l: { a: 15, e: { ".": 1 }, l: { e: 24 } },
          n: {
            d: { e: 61, s: 43 },
            g: { e: { ".": 32 } },
            k: { r: 18 },
            n: { l: { a: { g: { a: 242 } } }, s: 18 }
          },
          o: 285,
          p: 69,
          r: { a: { ".": 4 }, e: { ".": 1 }, o: 265, u: 12 },
          s: {
            e: [{ ".": 1 }, 31],
            h: { e: 53 },
            k: { ø: 16 },
            s: {
              e: { k: 31, l: 23, n: { t: 31 }, t: [{ e: { ".": 120 } }, 31] },
              j: 31,
              n: 23,
              p: 23,
              t: 23,
              v: 18
            },
            t: [{ r: 162 }, 69],
            y: 162
          },
          t: {
            a: [{ l: 1 }, 69],
            e: { m: 2 },
            g: 38,
            s: { t: 162 },
            u: 7,
            ø: 69
          },
          v: 162,
          ø: 168
        },
        184
      ],
      v: 188,
      w: 248,
      y: [
        {
          a: [{ l: 15, r: { e: 35 } }, 28],
          d: { e: { p: 2 } },
          e: { n: { ".": 1, e: 2, s: 15 }, r: [{ s: 12 }, 7] },
          g: { e: { ".": 1 }, l: 24 },
          i: 164,
          l: { o: 69, ø: 162 },
          n: 15,
          r: { e: [{ ".": 4 }, 69] },
          s: [
            { ".": 166, e: 162, i: 168, p: 168, t: [{ e: 1 }, 5], v: 162 },
            69
          ],
          t: { a: { r: 15 }, e: { ".": 1 }, r: 69 },
          v: 286
        },
        172
      ],
      æ: {
        r: {
          a: { r: [{ ".": 4 }, 15] },
          e: {
            ".": 1,
            n: 15,
            r: { ".": 15, e: 15 },
            s: { ".": 15 },
            t: { ".": 15 }
          },
          i: [{ s: 26 }, 12],
          u: 12
        }
      },
      ø: [
        {
          e: [{ n: { s: 2 } }, 1],
          f: 24,
          k: { e: { s: 1 } },
          l: { a: { ".": 4 }, e: { ".": 4 } },
          n: [{ e: 17, n: { e: { s: 31 } }, o: 61 }, 7],
          r: {
            e: { ".": 4 },
            s: { k: 53, p: 23, t: [{ a: { ".": 46 } }, 18], v: 18 }
          },
          t: { a: 15 },
          v: 69,
          y: { a: { r: 61 }, e: [{ n: { e: 23 }, s: 23, t: 23 }, 17] }
        },
        253
      ],
      å: [
        {
          d: { e: [{ s: 35 }, 1] },
          e: [{ n: { e: 2 } }, 4],
          l: { a: 1 },
          r: { e: [{ g: 4, p: 1 }, 69] },
          s: { t: { e: 85, i: 21 } },
          t: { j: 3, o: 4, r: 22 }
        },
        253
      ]
    },
    c: {
      a: [
        {
          b: 23,
          e: 1,
          l: { e: 15 },
          m: { e: 15, o: 15 },
          p: { e: { ".": 1 }, r: [{ i: { s: 4 } }, 54] },
          r: { a: 12, n: 22, o: 15, t: { e: { ".": 23 } } },
          s: { a: 287, e: { t: 4 }, h: 17, t: { i: { l: 9 }, o: 22 } },
          t: [{ h: [{ r: 288 }, 17], o: { ".": 1 } }, 69]
        },
        253
      ],
      b: 168,
      c: [{ i: 153 }, 162],
      d: [{ e: 31 }, 88],
      e: {
        b: { o: 49 },
        d: 12,
        i: 69,
        l: [{ e: 15, l: { e: { s: 23, v: 23 } } }, 172],
        n: {
          ".": 164,
          e: { d: 1, e: 1, m: 1, s: [{ ".": 15 }, 289], t: 1, v: 1 },
          s: 166,
          t: { i: { m: 290 }, o: 31 }
        },
        o: 9,
        r: [
          {
            b: { a: { n: { e: { ".": 120 } } } },
            e: 12,
            o: 291,
            t: 24,
            u: 168
          },
          172
        ],
        s: { t: { o: 18 } }
      },
      h: {
        ".": 173,
        a: { l: { e: 22 }, m: 292, n: { e: 61 }, t: 22 },
        b: 173,
        e: { i: 162, l: { s: 17 }, t: { e: 61 } },
        i: { l: { i: 23 } },
        h: 265,
        m: 269,
        n: [{ e: 15 }, 162],
        o: { m: 5, s: 19 },
        p: 173,
        s: 167,
        t: 168,
        v: 69
      },
      i: {
        c: 69,
        d: 164,
        e: [{ n: 32, s: 293 }, 7],
        l: { l: 22 },
        n: { e: 12 },
        t: { a: 15 }
      },
      k: [
        {
          a: { r: { ".": 15, t: 15 } },
          e: { n: 69, r: { ".": 12, e: 1 }, t: [{ ".": 15 }, 295], y: 86 },
          i: 69,
          k: 69,
          o: 8,
          r: 2,
          s: 122,
          u: [{ p: 18, t: 35 }, 31]
        },
        294
      ],
      l: [{ a: { i: { r: 271 } }, y: 23 }, 88],
      m: [{ i: { n: { i: 103 } } }, 153],
      o: {
        a: [{ t: 17 }, 31],
        b: { i: { d: 4 } },
        c: 296,
        d: 173,
        f: 168,
        g: 168,
        l: { a: { ".": 1, b: 1, k: 1, r: 223 } },
        m: [{ a: 15, t: 22 }, 7],
        n: { o: { s: 3 }, s: 22, t: 61 },
        o: 7,
        p: { a: 2 },
        r: [{ a: 52, e: 69 }, 173],
        s: { o: 1, t: 162 },
        v: { e: { r: 1 } }
      },
      p: { r: 153 },
      r: [
        {
          a: { s: { h: 5 }, c: { k: 103 } },
          e: { e: [{ n: 58 }, 28] },
          o: { s: 183 },
          u: 166
        },
        6
      ],
      s: 297,
      t: [{ a: 11, y: 22 }, 187],
      u: [
        {
          ".": 162,
          l: { a: 15, e: 15, u: 15 },
          p: { l: 54, o: 4, r: 54, s: 61, å: 1 },
          r: [{ e: { s: 103 } }, 173],
          t: 4
        },
        172
      ],
      y: { a: 7, p: 21, s: 24 },
      z: 11,
      æ: 15
    },
    d: {
      a: [
        {
          a: 162,
          b: { e: { r: 162 }, o: 167, s: 38 },
          d: { e: { l: 274 }, g: 0, ø: [{ r: 14 }, 5] },
          e: { f: 162 },
          f: 173,
          g: {
            b: 166,
            e: { v: 1 },
            j: 162,
            l: 61,
            o: { ".": 4 },
            r: 298,
            u: { n: 4 },
            å: 162
          },
          h: { e: 162, l: 166 },
          i: 69,
          k: {
            a: 173,
            o: 162,
            r: 162,
            s: { e: { ".": 23 } },
            t: { i: { g: 162 } },
            v: 15
          },
          l: {
            j: 299,
            a: [{ ".": 6, s: 1, u: 168 }, 69],
            b: { u: { e: { r: 91 } } },
            d: 248,
            e: { s: 1 },
            s: { o: 31 },
            u: 69
          },
          m: {
            a: { ".": 1, n: 1, s: 12 },
            e: { ".": 1, n: 12, r: { i: 300 }, s: 18, t: 80 },
            o: 12,
            p: { e: 61 }
          },
          n: {
            ".": 166,
            a: { l: 168 },
            e: 93,
            i: 301,
            l: 188,
            n: [{ e: { b: 22 }, o: 162 }, 164],
            o: 191,
            s: { ".": 0, a: 24, e: { l: 23 }, k: { a: { n: 143 } }, v: 162 },
            t: { ".": 301, i: 301 },
            y: 167
          },
          o: 285,
          p: [{ e: 12, p: 90 }, 173],
          r: {
            ".": 164,
            a: 166,
            b: 173,
            d: { s: 124 },
            e: { a: 162, s: 1 },
            n: 38,
            o: [{ s: { ".": 22 } }, 7],
            s: 19,
            t: { a: { ".": 23 } },
            v: { a: { ".": 31 }, e: { ".": 32 } }
          },
          s: {
            e: { i: 162 },
            h: 173,
            i: 168,
            j: { e: { f: 162 } },
            k: [{ o: 35 }, 1],
            t: { r: 302 },
            u: 168
          },
          t: {
            a: [{ l: [{ e: { ".": 36 }, i: { n: { a: 242 } } }, 303] }, 17],
            e: { k: 1 },
            o: [{ a: 12 }, 304],
            r: 236,
            s: { j: 36 }
          },
          u: { d: [{ s: 66 }, 11], g: { o: 22 }, t: 173 },
          v: [{ b: 38, i: { s: 38 }, l: 153, s: 305 }, 173],
          ø: 162
        },
        172
      ],
      b: [
        {
          a: { l: { e: { ".": 32 } }, n: { e: { ".": 23 } } },
          e: { s: { t: 19 }, t: { a: { ".": 32 }, e: { ".": 31 } } },
          l: { i: { n: { g: 170 } } },
          o: { e: { n: { ".": 31 } } },
          y: { f: 11 }
        },
        174
      ],
      c: 187,
      d: [
        {
          a: { d: 88, g: 5, k: 0, r: { m: 169 } },
          e: {
            i: { e: 12 },
            k: 88,
            l: { a: { p: 23 }, o: 53, s: { v: 17 } },
            m: { i: 0 },
            r: { s: 17 },
            s: { u: 0 }
          },
          i: { e: 46 },
          o: { m: 152, r: { m: 206 } },
          r: { e: 277, u: { n: 15 } },
          s: {
            a: [{ l: { a: 1 } }, 5],
            k: { a: { p: 1 } },
            t: { a: { b: 22 }, e: 34, r: 22 }
          },
          y: { b: 88 },
          ø: [{ r: 18, y: 169 }, 28],
          å: { r: 69 }
        },
        200
      ],
      e: [
        {
          a: [{ k: 18, l: 7 }, 173],
          b: [
            {
              a: { r: 168, s: 162, t: 164 },
              e: 173,
              l: 162,
              o: [{ n: { ".": 166 } }, 173],
              r: 173,
              u: { t: 164 },
              y: 173,
              ø: 162
            },
            2
          ],
          c: 69,
          d: {
            ".": 166,
            a: 173,
            d: 306,
            e: { ".": 191, k: 162, l: 162 },
            i: { a: 162 },
            r: 307,
            y: 173
          },
          e: [{ ".": 166, r: 2 }, 173],
          f: [{ f: 38, t: 38 }, 173],
          g: [{ e: 308, g: 166, l: 12 }, 173],
          h: [{ a: { v: { s: 166 } } }, 173],
          i: [
            {
              d: 23,
              e: { n: { e: 23 } },
              g: { ".": 164, e: { ".": 32, n: 166 }, r: 53 },
              k: 166,
              n: 259,
              r: 164,
              s: { ".": 15, t: 12 },
              t: 309
            },
            173
          ],
          j: 173,
          k: {
            a: 167,
            e: 173,
            i: 173,
            j: 173,
            k: [
              { a: [{ n: 23 }, 18], e: { l: 23 }, s: [{ t: 128 }, 46], v: 70 },
              166
            ],
            l: [{ y: 168 }, 28],
            n: { i: 166 },
            o: [{ d: 162, n: 162, s: 162 }, 15],
            r: 310,
            s: { t: [{ i: 16, r: 36 }, 31] },
            t: 166,
            u: 173,
            v: 162,
            ø: 162,
            å: 162
          },
          l: {
            ".": 0,
            a: { d: 168, g: { e: 168 }, n: { s: 4 }, u: 162 },
            e: {
              d: 162,
              f: 1,
              i: [{ d: 311, e: 22 }, 162],
              k: 303,
              l: { e: 15 },
              m: 248,
              s: { t: 1 },
              v: 312
            },
            i: { d: 162, n: { j: 168, t: 22 }, s: 162, v: 162 },
            l: {
              a: { p: 23 },
              e: { i: 31, k: 23, r: { f: 31 } },
              i: { g: 31 }
            },
            s: [{ a: { t: 53 }, e: [{ s: 170 }, 24], i: 23, p: { o: 23 } }, 0],
            t: [{ a: { l: { a: 31 } }, e: 24, r: 61 }, 0],
            u: { k: 168, r: 109 },
            v: { e: 22 },
            y: 162,
            æ: 162,
            ø: [{ p: { a: { ".": 36 } }, y: 168 }, 173],
            å: 173
          },
          m: {
            a: 286,
            b: 90,
            e: 173,
            i: { e: 103 },
            j: 162,
            n: { a: { ".": 32 } },
            o: { ".": 1, g: 1, k: 166, l: 162, n: { o: 17 }, s: 166 },
            p: { e: 22 },
            r: 164,
            s: 166,
            u: 162,
            ø: 173,
            å: 173
          },
          n: {
            ".": 88,
            a: [{ k: 2 }, 162],
            d: { e: { n: { ".": 313, e: 314 }, r: { ".": 313 } } },
            e: { b: 15, d: 162, l: 168, m: 162, t: 162, v: 162 },
            g: { e: { n: { ".": 274 } } },
            i: 162,
            o: [{ m: 1 }, 162],
            s: [{ i: { n: 23 }, t: 315 }, 88],
            t: {
              a: { n: { t: 47 } },
              i: { f: 162, t: 162 },
              o: 18,
              r: 23,
              s: 125,
              u: 316,
              å: 31
            },
            u: 162,
            æ: 173,
            ø: 173
          },
          o: { b: 7, g: 1, l: 173, p: { p: 162 }, r: 265, v: { e: 1 } },
          p: { a: { k: 162, p: 162 }, e: 173, i: 162, l: 162, u: 168 },
          r: [
            {
              a: {
                m: 32,
                n: { t: 4 },
                r: { e: 1, k: 1 },
                s: { t: 317 },
                t: { e: 17 },
                v: 24
              },
              d: 22,
              e: {
                a: 162,
                d: [{ d: 26 }, 162],
                f: 1,
                g: 162,
                p: 162,
                s: { i: 168, t: [{ ".": 167, e: 168 }, 22] },
                t: { t: 162 }
              },
              i: { f: 1, l: 1, n: [{ æ: 1 }, 166] },
              k: 22,
              n: { e: 22 },
              o: {
                b: 15,
                g: 162,
                s: [{ e: [{ ".": 46 }, 15] }, 162],
                t: 204,
                v: 5
              },
              s: { n: 19, p: 23 },
              t: 24,
              u: { n: 22, p: 15, s: 168 },
              v: 24,
              ø: { r: 162 },
              å: 173
            },
            88
          ],
          s: [
            {
              ".": 249,
              a: 173,
              c: 162,
              e: [{ g: 15, r: { s: 22 } }, 173],
              h: { o: [{ p: 219 }, 162] },
              i: { s: { t: 271 } },
              j: 173,
              k: [{ ".": 301, e: 166 }, 173],
              l: { e: 280 },
              o: 173,
              p: [{ l: 191, r: 318 }, 173],
              t: [
                {
                  ".": 166,
                  e: { ".": 166, m: 31 },
                  i: 15,
                  j: 162,
                  o: 162,
                  r: { å: 162 },
                  u: 162,
                  y: 168,
                  å: 85
                },
                319
              ],
              u: { p: 168 },
              v: 31,
              y: 173,
              å: 16
            },
            69
          ],
          t: {
            ".": 88,
            a: [{ k: { a: { ".": 46 } } }, 173],
            e: [
              { a: 162, g: 168, k: { k: 168 }, l: 162, n: 162, p: 162, s: 58 },
              12
            ],
            i: 173,
            j: 173,
            o: 162,
            r: 279,
            u: 173,
            y: 162,
            ø: 162,
            å: 168
          },
          u: [{ r: 153, s: 166 }, 173],
          v: [
            {
              a: { n: { e: { ".": 46 } } },
              i: { e: { r: { ".": 49 } }, k: 164 },
              n: 320,
              u: 15
            },
            173
          ],
          y: 173,
          ø: 162,
          å: 173
        },
        172
      ],
      f: [{ ø: { r: { a: { r: { a: { r: 31 } } } } } }, 188],
      g: [
        {
          e: { l: 0 },
          i: [{ n: 31 }, 38],
          j: { ø: { r: { e: { n: { h: 321 } } } } },
          o: 90
        },
        272
      ],
      h: [
        {
          a: { v: { s: 5 } },
          e: { i: { m: { s: 322 } } },
          u: { g: { a: 39 } },
          ø: { r: 23 }
        },
        188
      ],
      i: [
        {
          a: {
            k: 4,
            l: { g: 15, i: 22 },
            r: [{ e: 24 }, 69],
            s: [{ p: 61, t: 36 }, 54],
            t: { s: 103 },
            v: 173
          },
          b: 173,
          d: { r: { i: 22 } },
          e: { l: { l: 2 }, n: { ".": 15, d: 236 }, r: 69, s: 5 },
          f: { f: [{ e: 14 }, 164], u: { l: 164 }, ø: 162 },
          g: {
            a: { n: { d: 219 }, t: 1 },
            e: { s: 323 },
            g: 61,
            j: 173,
            l: { a: { ".": 32 }, e: { ".": 31 } },
            r: { e: { n: 162, t: 22 }, u: 162 },
            u: 7
          },
          h: 162,
          i: 162,
          j: 173,
          k: {
            a: [{ ".": 6 }, 15],
            e: { m: 15 },
            j: 173,
            n: 168,
            o: 173,
            r: 189,
            v: 61
          },
          l: { i: 173, l: { e: { s: 23 } } },
          m: {
            a: 15,
            e: { d: 168, l: 324, s: 162, t: 162 },
            o: 173,
            p: 248,
            å: 162
          },
          n: {
            a: 15,
            d: 188,
            e: { n: 2 },
            g: { k: 248, r: 24, s: { e: { n: 273, r: 116 } }, å: 148 },
            i: [{ ".": 1 }, 5],
            n: 187,
            o: 173,
            v: 173,
            ø: 162
          },
          o: {
            g: 164,
            l: 191,
            n: { a: 24, o: 23 },
            r: { i: 12 },
            t: { r: 22 }
          },
          p: [{ l: 164, p: { e: 58 } }, 173],
          r: { e: { d: 162, g: 162 }, s: 248 },
          s: {
            ".": 166,
            c: 4,
            e: { d: 4 },
            i: [{ e: { n: { e: 14 } } }, 23],
            k: [
              {
                a: { m: 31 },
                j: 1,
                l: 127,
                o: [{ ".": 22, e: 61 }, 163],
                u: 61
              },
              11
            ],
            s: 22,
            t: [{ i: { k: 61 } }, 54],
            v: [{ i: 23 }, 15],
            y: 173
          },
          t: { a: { l: 1 }, e: [{ k: 162 }, 2], t: { e: { t: 23 }, r: 18 } },
          u: { s: { ".": 35 } },
          v: { a: { ".": 1, l: 162, n: 2 }, e: { k: 162 }, i: 31, u: 173 },
          ø: { k: 173 }
        },
        172
      ],
      j: {
        a: 153,
        e: {
          ".": 153,
          n: 153,
          r: { v: { e: 17 } },
          s: { ".": 152 },
          v: { e: 39 }
        },
        i: { n: { g: { a: { n: 11, r: 11 } } } },
        o: 153,
        u: { l: { a: { ".": 32 } }, p: [{ a: { r: 168 } }, 166] },
        ø: { ".": 0 }
      },
      k: [
        {
          a: { r: { a: { ".": 32 } } },
          i: 31,
          j: 38,
          o: { r: 28 },
          u: { l: { e: { ".": 23 } } }
        },
        325
      ],
      o: [
        {
          u: { t: 175 },
          a: { v: 173 },
          b: [{ a: 162, e: 12, l: { a: { n: 327 } }, å: 173 }, 107],
          d: { a: 1, ø: [{ r: 14 }, 5] },
          e: { u: 162 },
          f: [{ f: 90, r: 38 }, 173],
          g: { m: { e: { d: 31, s: 263 } }, r: 173 },
          i: 269,
          k: { i: [{ n: { e: 162 } }, 12], k: { a: { n: 31 } }, n: 162 },
          l: {
            e: [{ d: 162 }, 15],
            i: { n: { e: { ".": 46 }, j: 162 }, s: 168 },
            j: 162,
            l: 42
          },
          m: {
            e: { s: 162 },
            i: { s: 15 },
            l: 162,
            o: 1,
            p: 61,
            r: 173,
            s: {
              a: 32,
              e: 328,
              i: 47,
              k: 41,
              l: [{ a: { g: { a: 123 } } }, 18],
              o: 23
            },
            u: 1
          },
          n: {
            a: { ".": 1 },
            g: 22,
            k: { e: 162, l: 329 },
            s: { t: 22 },
            t: 42
          },
          p: [{ a: { ".": 1 }, e: { ".": 1 }, i: 164 }, 173],
          r: {
            a: [{ n: 15 }, 330],
            d: [{ a: 23 }, 188],
            e: 69,
            g: { e: { s: { t: 31 } } },
            i: { e: 38 },
            m: 46,
            o: 12,
            p: 166,
            r: 164,
            s: [{ k: { e: 16 } }, 36],
            u: 69,
            y: { e: 2 }
          },
          s: {
            ".": 166,
            e: { ".": 1, t: 1 },
            k: 69,
            l: 331,
            o: 173,
            p: 162,
            t: [{ r: 12 }, 173]
          },
          t: { r: 162 },
          v: [{ a: 15, e: { n: 15, r: 1 }, n: 39 }, 173],
          ø: 162
        },
        172
      ],
      l: [
        {
          a: [
            {
              g: { a: 23 },
              n: { d: { a: { s: 58 } } },
              t: { e: { ".": 31 } },
              v: 23
            },
            90
          ],
          e: {
            d: { i: 0 },
            f: 88,
            g: { a: [{ r: 152 }, 0], e: 24 },
            i: { e: { r: { ".": 16 } } },
            k: { a: 38 },
            l: 88,
            m: { s: { t: 5 } },
            n: { e: { t: 0 } },
            r: { u: 0 },
            v: { a: { n: { e: { ".": 91 } } } }
          },
          i: [{ f: 23, k: { e: 22 } }, 38],
          o: 38,
          y: { s: { e: { ".": 32 } } },
          ø: { p: { a: { ".": 32 } } },
          å: [{ r: { e: 39 } }, 38]
        },
        326
      ],
      m: [
        {
          e: { l: { a: { ".": 31 } } },
          o: { e: 23, r: { s: 120 }, s: 32 },
          ø: { r: { e: { ".": 23 } } },
          å: { l: { a: { ".": 31 } } }
        },
        188
      ],
      t: [
        {
          ".": 168,
          a: [{ l: { a: { ".": 31 }, e: { ".": 23 } }, s: 23 }, 89],
          e: {
            m: [{ a: { ".": 23 } }, 90],
            n: { g: 1 },
            r: { l: { e: 170 } },
            s: { e: { ".": 23 } },
            t: 229
          },
          g: 0,
          i: 90,
          j: 4,
          o: 152,
          r: { a: { g: 229 }, o: { c: 11 }, ø: 229 },
          s: 341,
          v: { a: 151 },
          ø: [{ k: 4, r: { s: 203 } }, 32],
          å: 23
        },
        187
      ],
      n: [{ a: 4, o: { d: { e: { ".": 32 } } } }, 222],
      p: 332,
      q: 166,
      r: [
        {
          a: {
            ".": 153,
            a: 38,
            d: { ".": 155, e: 38 },
            g: [{ e: { n: 22 } }, 333],
            k: { e: { s: 31 }, t: 164 },
            m: 172,
            n: { g: 334 },
            p: { ".": 164, a: 166, e: 164, p: 90 },
            r: [{ a: { r: 11 }, b: 90, e: { t: 31 }, m: 38, r: 38 }, 153],
            s: { a: 335 },
            t: { t: 301 },
            u: { m: { a: 16 } }
          },
          e: {
            ".": 173,
            a: { s: { s: 166 } },
            d: [{ e: { ".": 38, r: 38 }, r: 77, s: 38 }, 173],
            g: { ".": 301, e: { ".": 301 }, j: 90 },
            i: { e: [{ n: 17, r: { ".": 17, n: 16 } }, 164] },
            j: 38,
            k: { a: 11, k: 152, t: 164 },
            l: [{ i: { g: 152 } }, 162],
            m: 162,
            n: 153,
            r: 162,
            t: { ".": 90, n: 90, r: 11, s: 90, t: [{ s: 139 }, 103] },
            v: { e: { t: 166 }, n: 164 }
          },
          i: {
            a: 162,
            f: 336,
            g: 188,
            k: [{ ".": 90, a: { ".": 32 }, e: 90, k: 164, s: 128, t: 155 }, 88],
            l: 337,
            n: [{ g: 120 }, 188],
            t: { t: { r: 16 }, u: [{ n: { g: { e: { ".": 242 } } } }, 17] },
            v: 184
          },
          o: {
            n: { n: 164 },
            p: { a: { ".": 31 }, s: 17 },
            r: 188,
            s: 178,
            t: { a: { ".": 32 } },
            v: [{ a: 22, e: 24 }, 188]
          },
          u: [{ k: 164, l: 153, m: 153, p: 90, t: 274, n: 306 }, 173],
          y: { k: [{ k: 103 }, 173], s: 88 },
          ø: {
            m: 0,
            r: { e: { ".": 31 } },
            t: 152,
            v: { e: 24 },
            y: { e: 338 }
          },
          å: { d: [{ e: { ".": 23 } }, 153], p: 164 }
        },
        1
      ],
      s: [
        {
          a: {
            ".": 38,
            b: { l: 90 },
            d: [{ e: { l: 52 } }, 69],
            g: [{ a: 39 }, 153],
            k: { s: { e: { ".": 36 } } },
            l: [{ a: { ".": 32 }, f: 193, l: 11 }, 153],
            m: { e: 155 },
            n: [{ e: 15 }, 29],
            r: 8,
            s: 88,
            t: { f: 0 }
          },
          b: { ø: { n: 36 } },
          e: {
            ".": 38,
            d: 23,
            f: 69,
            i: 259,
            k: { s: 2 },
            l: { a: 12, s: { a: 271 } },
            m: [{ i: 12 }, 28],
            n: { d: { a: 96, e: { ".": 46 } }, g: 193, s: 38 },
            p: 67,
            r: { ".": 152, f: 11, k: 15 },
            s: { k: 198, t: 9 },
            t: { a: 12, e: { ".": 23 }, j: 38 },
            v: 69
          },
          i: [
            {
              d: [{ a: 152, e: { n: { t: 15 }, o: 339 }, r: 12 }, 151],
              l: 152,
              n: { d: 15 },
              r: 90,
              s: 34,
              v: { e: 23 }
            },
            259
          ],
          j: { e: { n: 193 }, o: [{ r: 2 }, 88], u: 4 },
          k: {
            a: { b: 15, n: 193, r: 12, t: 0 },
            j: [{ e: { n: 15 }, ø: { t: 97 } }, 153],
            o: [{ t: 38 }, 69],
            r: { o: 12 },
            v: 277
          },
          l: [
            {
              a: { ".": 15, n: 15 },
              e: { m: 4 },
              i: { k: 36 },
              o: { ".": 4, t: { t: { ".": 155 } } },
              u: { k: 1 }
            },
            69
          ],
          m: { a: 12, o: 11, å: { l: { a: 36 } } },
          n: { e: 12, o: 15 },
          o: [{ m: { s: { t: 152 } }, s: 169, t: 152 }, 8],
          p: [{ e: { k: 90, l: 90 }, i: 7, y: 192 }, 69],
          s: [{ t: 32 }, 9],
          t: [
            {
              a: { k: 12, l: 193, r: 220, t: 229, u: 4 },
              e: {
                ".": 340,
                i: { k: 35 },
                m: { a: { ".": 36 }, p: 97 },
                o: 15
              },
              i: { g: 89, k: 89, l: { l: { i: 38 } } },
              j: 69,
              o: { r: 90 },
              r: { i: 90 },
              u: { n: { a: 46, d: 38 } },
              v: 12,
              y: { e: 46, v: 12 }
            },
            23
          ],
          u: [{ r: { e: 120 }, s: [{ k: 96 }, 149] }, 8],
          v: [
            {
              a: { n: { e: { ".": 46 } } },
              e: { t: 89 },
              i: { k: { a: { ".": 36 } } }
            },
            69
          ],
          y: { k: 38, n: [{ a: 31 }, 90], t: 69 },
          ø: [{ r: 11 }, 259],
          å: 29
        },
        167
      ],
      u: [
        {
          b: { b: 22, l: 22 },
          c: 69,
          e: { n: { e: 35, s: 35 }, s: 22 },
          f: { o: 162 },
          g: [{ u: 162 }, 164],
          i: { t: 36 },
          k: { a: { ".": 4 } },
          l: { l: 22, y: 162 },
          m: { s: 183 },
          n: { a: { ".": 1 }, d: { e: 61 }, i: 248, s: [{ t: { a: 61 } }, 19] },
          o: 191,
          p: { k: 90, p: { e: 116 } },
          r: [{ a: { ".": 4 }, e: { ".": 4, i: 4 }, t: { a: 32 } }, 164],
          s: [
            { a: 9, e: { m: 35 }, i: 122, k: 7, l: 7, p: 7, s: 5, t: 5, v: 7 },
            69
          ],
          t: [{ t: 11 }, 188],
          v: { a: { ".": 4 }, e: { ".": 1 } }
        },
        172
      ],
      v: [
        {
          a: { l: { e: 342 }, n: { e: { ".": 23 } } },
          e: { s: 31, v: { a: 31, e: { ".": 32 } } },
          o: [{ r: 32 }, 152]
        },
        188
      ],
      w: 188,
      y: [
        {
          a: 35,
          b: { a: 173 },
          f: 173,
          k: { e: { ".": 15 }, l: 162, ø: 162 },
          l: 173,
          n: { a: { ".": 1 }, e: { ".": 1 }, k: [{ s: 116 }, 162] },
          p: { e: { s: 12 }, r: 107 },
          r: {
            a: { ".": 1 },
            e: { b: { a: 15 } },
            l: { e: { g: { e: { ".": 91 } } } },
            s: 42,
            u: 233,
            ø: 22
          },
          s: { ".": 191, a: 6, e: [{ ".": 4 }, 162], s: 61, t: { r: 16 } },
          t: 7
        },
        172
      ],
      z: [{ ".": 167 }, 38],
      æ: [{ r: { s: 5 } }, 172],
      ø: [
        {
          ".": 162,
          d: { s: 261 },
          g: { r: 12 },
          k: [{ n: 38 }, 173],
          m: { a: 1 },
          p: { e: { ".": 1, n: 1 } },
          r: [{ i: 24 }, 88],
          s: [{ ".": 11, t: 287 }, 173],
          t: 24,
          v: { a: 35, e: { l: 12 }, i: 69, l: [{ e: { ".": 32 } }, 168] },
          y: { ".": 173, a: 46, g: 32, s: 343 }
        },
        172
      ],
      å: {
        d: [{ s: 47 }, 172],
        n: { a: { ".": 6 } },
        p: 172,
        r: { a: { ".": 6 }, i: 15 },
        s: { ".": 90, a: { ".": 6 }, e: [{ m: 2 }, 93] },
        t: { ".": 152 }
      }
    },
    e: {
      a: [
        {
          b: 150,
          d: [{ i: 129, l: { i: 14 } }, 153],
          f: 153,
          g: { u: 7 },
          k: [{ r: 0, t: 168, s: { e: { ".": 31 } } }, 150],
          l: {
            ".": 153,
            l: { e: [{ ".": 32 }, 38] },
            o: { v: 1 },
            t: { e: 90 },
            ø: 7
          },
          m: [{ a: { n: 90 }, n: 38 }, 298],
          n: [
            {
              ".": 88,
              e: { ".": 1, t: 97 },
              i: 0,
              n: 61,
              o: { r: 1 },
              s: { ".": 11, l: 24 }
            },
            153
          ],
          p: [{ e: 1 }, 153],
          r: [
            {
              e: [{ r: 15, t: 15 }, 7],
              i: 9,
              k: { a: { ".": 31 } },
              m: { a: { ".": 32 } },
              t: { a: { ".": 23 } }
            },
            153
          ],
          s: { i: 129, p: 90, s: 153 },
          t: {
            a: 2,
            e: { l: 229, r: { e: { n: 36 } }, t: 85 },
            h: 32,
            l: { e: 31 },
            o: 93,
            r: { i: 15 },
            t: 153
          },
          u: [
            {
              g: { a: 31, e: { ".": 31 } },
              r: { a: { ".": 32 }, e: 31 },
              s: [{ a: 32, e: { ".": 32 } }, 22]
            },
            153
          ],
          v: [{ l: { a: 32, e: { ".": 32 } } }, 153]
        },
        173
      ],
      b: [
        {
          a: { d: 24, n: { e: { ".": 23 } } },
          b: { e: [{ ".": 1 }, 12] },
          e: {
            d: { e: 344 },
            i: { e: { r: { ".": 16 } } },
            n: { s: { k: 116 } },
            r: { s: 120 },
            s: { k: { u: 139 } },
            t: { s: 17 }
          },
          h: 12,
          l: { o: 149, æ: 17 },
          o: {
            b: 18,
            d: { a: 23 },
            e: { r: { s: { ".": 22 } } },
            k: { r: 31 },
            l: { a: 31 }
          },
          s: 15,
          u: { e: { r: { e: 53, n: 22 }, t: 31 } },
          y: { t: { a: 23 } },
          ø: { n: 31 }
        },
        174
      ],
      c: [{ a: 0, c: 1, e: 153, h: { a: 38 }, o: { m: 90 } }, 173],
      d: {
        a: {
          d: [{ ".": 15 }, 88],
          g: [{ s: 271 }, 229],
          r: [{ k: 12, v: 12 }, 88]
        },
        d: { e: { l: { a: 2 } }, y: { r: 1 } },
        e: {
          ".": 90,
          g: { e: 20, n: 345 },
          i: { e: 12 },
          k: { s: 0 },
          l: { e: { ".": 32 } },
          n: { f: 0, g: 346, t: 17 },
          p: { r: 11 },
          r: { a: 23, ø: 0 },
          s: { k: 0, l: 23, m: 23, n: 0, p: 53 },
          t: { a: 23, t: 97 }
        },
        é: 93,
        i: {
          a: [{ n: { e: 47 } }, 149],
          e: { n: { e: 23 } },
          g: { j: 31 },
          s: [{ i: 24, k: 53 }, 1],
          t: 178,
          v: 152
        },
        l: { e: { g: { e: { ".": 36 } } } },
        o: { b: 6, k: { s: { e: { ".": 46 } } }, l: 0, p: 69, v: 69 },
        r: [
          { a: 7, e: { g: 12, v: { ".": 38 } }, o: { m: 12 }, y: { g: 97 } },
          153
        ],
        s: { k: { i: 2, r: 12 }, l: { a: 34 }, m: 7 },
        t: { a: 15, e: 12, r: 31 },
        u: { a: 32 },
        v: { a: 2, i: { s: 36 } },
        y: { k: 90, n: { k: 15 }, r: { k: { e: { ".": 36 } } } },
        æ: 23,
        ø: { r: 347 }
      },
      e: [
        {
          a: 61,
          b: 12,
          d: [{ i: 12 }, 88],
          g: { g: { a: 23 }, n: 31, å: 15 },
          i: { d: 23, n: { i: 61 } },
          k: { e: 54, t: { e: 23 } },
          l: { a: 12, i: 229 },
          m: { n: { a: 31 } },
          n: [{ b: 38, i: { n: 24 }, k: 348, t: 22 }, 1],
          p: { l: 90 },
          r: { a: 6, e: { n: 24 }, i: 12, l: 196, m: { e: { ".": 23 } } },
          s: { h: 97, k: { a: 32, e: { ".": 31 } } },
          t: 92,
          v: { n: { e: { ".": 23 } } }
        },
        151
      ],
      f: [
        {
          a: [{ l: { s: 202 }, n: { a: 0, k: 12 }, r: { k: 0, s: 116 } }, 162],
          e: { a: 2, f: 15 },
          f: { e: [{ k: 164 }, 12], o: 12 },
          i: [
            {
              d: 193,
              g: 38,
              l: { m: 229 },
              r: { e: { n: 61 } },
              s: { k: { e: { n: 159 } } }
            },
            162
          ],
          j: 181,
          l: [{ e: { g: { e: { ".": 36 } } }, å: 18 }, 173],
          n: 88,
          o: { b: { i: { ".": 32 } }, n: { o: 23 } },
          r: 167,
          s: { j: 7, k: 7, p: 7, t: { r: 4 } },
          t: [
            {
              a: [{ r: 17 }, 7],
              e: { i: 22, r: 15 },
              l: { e: { g: { e: { ".": 91 } } } },
              s: 177
            },
            93
          ],
          u: 168,
          y: { r: { s: 14 } },
          æ: 90,
          ø: [{ l: { e: 22 }, y: 49 }, 162]
        },
        153
      ],
      g: {
        a: [{ f: 90, l: { a: 11 }, m: 152, v: { e: { ".": 23 } } }, 173],
        d: { e: { l: 46, s: 2 } },
        e: {
          d: { o: 38 },
          i: { e: 49 },
          l: { e: { t: 23 } },
          m: [{ e: 90 }, 88],
          n: { s: [{ k: 178 }, 17] },
          o: { m: 152 },
          s: [{ p: 22 }, 349]
        },
        g: { e: { n: 35 }, l: 24, u: { t: 219 } },
        i: { a: { n: 24 }, e: 183, k: { o: 0 }, s: { p: 5 } },
        l: {
          a: { d: 92 },
          e: { d: 89, s: { a: 2 } },
          i: { t: 229 },
          y: 2,
          ø: 149
        },
        m: 168,
        n: { a: { g: 192 }, e: { m: 1 }, o: 4, å: 152 },
        o: [{ ".": 0, i: 191 }, 162],
        r: [{ a: { n: { s: 139 } }, ø: 350 }, 7],
        s: { a: { m: 23 }, k: { i: 23 }, t: { a: 23 } },
        ø: [{ y: { e: { n: { e: 116 } } } }, 153],
        å: [{ v: { a: 23, e: { ".": 23 } } }, 162]
      },
      h: [
        {
          e: { a: 5, i: { e: 49 }, r: { ".": 15, e: 169, n: 2, s: 5 } },
          o: { g: 17, v: 183 },
          y: { r: { e: { ".": 31 } } },
          ø: { v: { a: 32 } },
          å: { ".": 11 }
        },
        153
      ],
      i: {
        a: [{ k: { t: 155 }, n: 352, r: { ".": 2 } }, 351],
        c: 1,
        d: {
          ".": 93,
          a: { r: 353 },
          e: { a: 90, o: 90, r: 35, t: 15 },
          f: 166,
          g: 166,
          o: 354,
          r: 153,
          u: 34
        },
        e: [
          { d: 22, g: 6, n: [{ ".": 35 }, 28], r: { a: 18, t: 1 }, s: 4 },
          206
        ],
        f: { l: 69 },
        g: { ".": 167, a: 12, e: [{ v: 4 }, 31], i: 15, r: { a: 4 }, u: 4 },
        i: 162,
        k: {
          a: { a: 15 },
          e: { ".": 12, e: 4, h: 4, l: 1, r: { i: 4 }, t: 1 },
          r: 69,
          s: { a: 18, e: 31, o: 23 }
        },
        l: [
          {
            e: { d: 35, g: { g: 22 } },
            l: { u: 90 },
            o: { ".": 12, a: 35, p: 22, s: 15 },
            s: 19
          },
          162
        ],
        m: [
          {
            a: { ".": 2, g: 38, l: 355 },
            e: { d: 1, i: 4, n: 2, s: 223, t: [{ t: 39 }, 1] },
            o: 4,
            p: 222
          },
          162
        ],
        n: {
          a: { l: 85, n: { s: 1, t: 22 }, r: { e: 2 } },
          d: [{ u: 181 }, 54],
          e: { d: 15, l: 2 },
          f: 39,
          g: { a: 120, r: 24 },
          i: [{ t: 356 }, 0],
          k: [{ a: { r: 38 } }, 65],
          n: 187,
          o: { m: 1, v: 1 },
          s: { i: { d: 33 }, l: 41, o: 36, p: { i: 0 }, t: { o: 61 } },
          u: [{ m: 12 }, 357],
          v: 168,
          ø: 107
        },
        o: { r: 15 },
        p: [{ a: 35, e: 12, s: 22 }, 0],
        r: [{ a: { k: 39 }, e: { n: 2 }, i: 12, s: 22 }, 173],
        s: [
          {
            a: { r: 15 },
            e: [{ ".": 12, i: 17, n: 12, r: { i: { e: 137 } } }, 0],
            h: { a: 34 },
            i: { l: 1 },
            k: { ".": 90, e: 90, j: 13, o: 24 },
            p: { e: 34, i: 1 }
          },
          173
        ],
        t: {
          e: { k: 1, r: { a: 1, e: 1 } },
          o: 7,
          t: { a: 61 },
          u: { t: 21 },
          v: { e: 12 },
          ø: 21
        },
        v: { a: { k: 1, r: 49 }, e: { n: 35 }, i: 12, s: 42 }
      },
      j: [{ o: { e: { n: { ".": 32 } } }, u: { l: { a: 31 } } }, 153],
      k: {
        a: [
          {
            l: { i: [{ e: 123 }, 58] },
            m: { s: 116 },
            r: { a: { ".": 31 } },
            v: { r: 38 }
          },
          187
        ],
        e: { i: { e: 12 }, r: { o: 0 }, s: 0, t: { a: 9 }, y: 11 },
        h: { o: { v: 149 } },
        i: [{ ".": 0 }, 153],
        j: 187,
        k: [
          {
            e: { l: { e: 16 } },
            i: { s: { t: 39 } },
            j: [{ ø: 1 }, 69],
            l: 24,
            o: { k: 15, v: 17 },
            u: 4,
            y: 1
          },
          173
        ],
        l: [
          {
            a: { n: { e: 93 } },
            e: { g: 4, n: 11, t: 15 },
            u: 90,
            æ: 38,
            ø: 7
          },
          153
        ],
        n: [
          {
            a: { ".": 35 },
            e: { k: 90, s: 16 },
            i: { p: 16 },
            o: [{ k: 89 }, 12],
            u: 153,
            ø: 38
          },
          162
        ],
        o: [
          {
            ".": 0,
            l: { e: 61 },
            r: { d: { s: 242 } },
            t: { e: { ".": 31 } },
            v: 0
          },
          150
        ],
        r: [
          {
            a: 151,
            e: { d: 89, f: 152, n: 90, t: { ".": 169, s: 38 }, v: 229 },
            i: 151,
            o: 90,
            y: 1,
            å: [{ d: 15 }, 89]
          },
          188
        ],
        s: {
          a: { k: 34, l: 1, m: 164 },
          e: { l: 12, m: 164 },
          i: { g: 1 },
          k: [{ a: 1 }, 54],
          n: 6,
          p: [{ e: 22 }, 172],
          t: { a: 1, e: { l: 40 }, i: [{ l: 1 }, 12], o: 17, å: 18 },
          æ: 1
        },
        t: {
          a: { r: { m: 21 }, v: 24 },
          e: { f: 12, p: 358, s: [{ t: 4 }, 15] },
          i: { d: 1, m: 17, v: 15 },
          o: [{ r: { i: { a: 123 } } }, 162],
          r: { a: 85, o: 359 }
        },
        u: [{ l: { e: { ".": 23 } } }, 153],
        v: [
          {
            a: { l: 1, r: { ".": 4 } },
            e: [{ d: 360 }, 168],
            i: { k: 169, n: 1, s: 4, v: 164 }
          },
          150
        ],
        w: 274,
        y: [{ t: { e: { ".": 31 } } }, 38],
        æ: 90,
        ø: 153,
        å: [{ p: { a: 31 } }, 153]
      },
      l: {
        a: [
          {
            g: { a: 23, g: 12 },
            k: [{ e: 38, s: { e: { ".": 46 } }, t: 2 }, 259],
            l: 69,
            m: { e: 93 },
            n: { l: 12 },
            r: { g: 97, r: 0, t: { i: 2 } },
            s: { ".": 38, e: 38 },
            t: { e: { ".": 23 }, o: 15 },
            v: { l: 15, s: 12 }
          },
          188
        ],
        b: { o: { d: { a: 46 } } },
        c: { h: 1 },
        d: { o: 15, r: { e: { r: 23 } }, s: { l: { e: 22 } } },
        e: {
          d: [{ i: 0, r: 0 }, 162],
          e: 90,
          g: { d: 17, e: { r: 61 }, n: { a: 46 } },
          i: { r: 152, s: 152 },
          k: { e: 38 },
          l: 88,
          m: [
            { ".": 38, a: { t: 38 }, e: { n: 166, t: 38 }, m: 90, p: 90 },
            88
          ],
          n: [{ a: 39, h: 169, s: 203, t: { u: 0 } }, 162],
          p: { a: 38 },
          r: [{ a: { ".": 32 }, e: { t: 152 }, g: 96 }, 361],
          s: { k: [{ u: 11 }, 24] },
          t: { a: 0, e: 0 },
          v: { ".": 338, a: { k: 23 }, n: 274 }
        },
        f: { i: 15 },
        g: { a: { ".": 35 }, e: { l: { e: 15 } }, i: 15, s: 146 },
        i: [
          {
            e: [{ r: { e: { r: 19 } } }, 155],
            f: 0,
            g: { r: 362 },
            n: { d: 193, e: { s: 17 }, s: { p: 0 } },
            o: { s: 47 },
            t: { a: { ".": 32 }, e: { t: 23 }, t: 274 },
            v: { e: { n: 127 } }
          },
          173
        ],
        j: 69,
        k: [{ a: { l: 3 }, e: { s: 223, t: { e: 1 } }, n: 12 }, 28],
        l: {
          a: { ".": 15, r: 20 },
          e: { d: 1, g: 1, i: { e: 22 }, r: 15, s: 115, t: { e: 4 } },
          i: { g: { a: { ".": 16 } }, s: { j: 1 } },
          s: { a: 61, k: 22, l: 42, p: 22, v: 22 },
          u: { r: 9 },
          æ: 1
        },
        m: { o: 9, u: 15 },
        n: 15,
        o: [
          {
            k: { a: { ".": 31 } },
            m: [{ m: 90, n: 12, s: 12 }, 88],
            p: 69,
            r: [{ t: 90 }, 259],
            s: { t: 12 },
            t: 1,
            v: { e: { r: { s: { ".": 61 } } }, n: 169 }
          },
          188
        ],
        p: { e: { t: 1 }, h: 15 },
        r: { o: { s: 5 } },
        s: {
          e: { i: [{ e: 22 }, 1], n: 12, s: 363 },
          i: 12,
          j: { e: 1 },
          k: { a: { l: 1, n: { d: 191 }, r: { e: 22 } } },
          l: 54,
          n: { o: 4 },
          p: { e: 1, r: 12 },
          t: { e: { n: 23 }, i: 1, j: 1 },
          ø: [{ k: 22 }, 7],
          å: { p: { e: 20 } }
        },
        t: {
          a: { l: { e: { ".": 46 } } },
          e: { ".": 15, g: 4, r: { o: 1 }, t: { t: 26 } },
          o: { p: 85 },
          r: { o: [{ p: 22 }, 1] },
          u: 7
        },
        u: {
          a: 90,
          e: 364,
          h: { e: 365 },
          k: 90,
          m: 152,
          n: { g: [{ e: { ".": 36 } }, 12] },
          p: [{ e: { ".": 32 } }, 152],
          r: 153,
          s: 152,
          t: { r: 12 }
        },
        v: {
          a: { n: 24 },
          e: { d: 99, i: 1, r: { e: 4 } },
          r: 54,
          s: { ".": 166 },
          æ: { r: { e: { ".": 36 } } }
        },
        y: [{ e: { t: { ".": 32 } }, n: { d: 15 } }, 187],
        æ: [{ r: { e: { s: 22 }, v: 35 }, t: 97 }, 173],
        ø: [{ r: 366, y: { ".": 12, a: 15, d: 15, n: 367 } }, 173],
        å: [{ r: 69, t: 38 }, 188]
      },
      m: {
        ".": 162,
        a: {
          d: 88,
          f: { o: 14 },
          g: { e: { ".": 23 }, r: 0 },
          h: 88,
          k: { e: { ".": 23 }, o: 0, t: { i: 15 }, u: 0 },
          l: { e: { ".": 31 }, j: 337 },
          m: 0,
          n: { a: 0, i: { ".": 23 }, u: 11 },
          r: { e: 0, m: 239 },
          s: { i: 0, k: { u: 11 } },
          t: { a: 0 },
          u: { k: 24 },
          v: { e: 22 }
        },
        b: { a: { l: { l: 166 } }, e: { d: 164, r: 116, t: 164 } },
        d: 168,
        e: [
          {
            i: { e: 49 },
            l: { i: 23 },
            n: { d: 0 },
            t: { r: { i: [{ s: { k: 31 } }, 22] } },
            v: 9
          },
          167
        ],
        i: {
          b: 0,
          e: { r: { t: 22 } },
          g: 0,
          n: [{ i: [{ s: { t: 120 } }, 22], o: { r: 0 } }, 162],
          r: 11,
          s: { a: 39 }
        },
        j: { e: 2, u: 38 },
        l: { e: [{ s: 36 }, 15] },
        m: { e: { ".": 15, n: 15 }, i: { ".": 6 } },
        n: { d: 167, e: { ".": 1, d: 1, m: 1 }, i: 168 },
        o: { n: { o: { l: 22 } }, p: 69, v: 368 },
        p: {
          e: { d: 1, r: { i: 4 } },
          l: [{ a: { n: { e: { ".": 39 } } }, i: 4 }, 107],
          o: [{ l: 1, s: 1 }, 18]
        },
        s: {
          e: { s: 1, t: { e: { ".": 46 } } },
          j: { u: 26 },
          l: 298,
          n: 7,
          o: { r: 1 },
          t: [{ e: 23 }, 369],
          u: 24
        },
        t: { a: { l: { a: 46 } }, i: { l: 1 } },
        u: { g: 90, k: 88 },
        y: [{ k: 23 }, 38],
        ø: [{ r: 32, y: 38 }, 168],
        å: { l: { a: [{ n: 39 }, 23], s: 5 }, r: 370 }
      },
      n: {
        a: [
          {
            k: 69,
            l: { d: 12, i: 22, l: 12 },
            n: { d: 15, e: 38, g: 96, t: 193 },
            r: { ".": 38, e: 6, r: 0 },
            s: { s: 12 },
            t: { s: { p: 116 } },
            v: [{ i: 12 }, 28]
          },
          173
        ],
        b: [{ e: { n: { a: 49 } } }, 162],
        d: {
          a: { n: { d: 26 } },
          e: {
            k: 1,
            l: [{ ø: { s: { e: 170 } } }, 12],
            m: { i: 15 },
            r: 12,
            s: { l: 1 }
          },
          l: 22,
          r: [{ o: 85 }, 172],
          s: { t: 24 },
          ø: [{ r: [{ e: 14 }, 5] }, 2]
        },
        e: {
          g: { g: [{ a: 46 }, 15] },
          i: { e: 12 },
          k: { s: 15, t: 90 },
          m: 162,
          n: [{ g: 15 }, 173],
          r: { g: 164 },
          s: { k: 0 },
          v: [{ e: { n: 61 } }, 162]
        },
        g: {
          a: [{ r: 2 }, 31],
          e: { m: 1, r: { i: 1, u: 116 } },
          l: { e: [{ s: 23 }, 1] },
          r: 23,
          s: { e: 65, o: 22, p: 22, t: { i: 5 } },
          u: { t: 1 },
          å: 26
        },
        h: { j: 162 },
        i: { ".": 0, e: { r: { k: 0 } }, f: 88, r: 38 },
        k: { e: { r: { a: 1, i: 1 } } },
        n: {
          a: [{ l: 35 }, 173],
          e: [{ m: 1, s: { t: 120, v: 271 } }, 173],
          i: 28,
          o: 28,
          s: { j: 23, t: { a: 22 } },
          ø: 61
        },
        o: [
          { k: 12, g: 12, l: { d: 206 }, m: { ".": 12 }, p: 69, r: { d: 97 } },
          173
        ],
        p: [{ å: { s: 1 } }, 173],
        r: { e: { m: 1 } },
        s: {
          a: { b: 15, f: 22, k: { e: { r: 371 } } },
          e: { k: 1, l: { i: 1 }, m: { b: 166 }, s: 133, u: 18 },
          i: [{ d: { e: { ".": 46 } }, e: { r: { t: 17 } }, m: 1 }, 12],
          l: { e: { g: 58, v: 31 } },
          o: { p: { t: 40 } },
          t: [{ a: { l: 21 }, e: { r: 23 }, i: 23 }, 69],
          u: { n: { d: 61 } },
          v: { e: 23, i: 120 },
          ø: [{ k: 24 }, 7],
          å: 61
        },
        t: {
          a: { ".": 15, p: 1 },
          e: { ".": 15, c: 1, g: 1, l: 1 },
          i: [{ e: 15, g: 15, k: 15, m: { a: 35, e: { n: 2 } } }, 12],
          o: { r: [{ i: 22 }, 372] },
          r: {
            a: { b: 22 },
            e: [{ n: 22 }, 1],
            o: { l: 26, p: { i: 373 } },
            å: 85
          },
          u: { l: 4, n: { g: { e: { ".": 120 } } }, s: 164 }
        },
        u: [{ l: 374, r: 169 }, 173],
        v: 285,
        w: 162,
        y: { ".": 0, b: 88, r: 11, s: 88, t: { a: 0 } },
        æ: [{ m: 32 }, 300],
        ø: { k: 23, v: 375, y: { d: 15 } },
        å: [{ s: [{ ".": 4 }, 69] }, 162]
      },
      o: [
        {
          a: 12,
          b: { e: 11, l: 7 },
          d: [{ d: { e: { ".": 32 } } }, 15],
          g: [{ r: 2 }, 376],
          i: 259,
          k: [{ s: 90 }, 88],
          l: [{ o: 377 }, 88],
          m: { s: 177 },
          n: { d: { e: { ".": 32 } }, e: 15, k: [{ l: 23 }, 152], t: 90 },
          p: [{ a: 12, l: 15, o: 18, p: { r: 17 }, r: 12 }, 7],
          r: {
            d: { a: 23 },
            e: 35,
            i: [{ d: 1, e: 80, k: 1, s: 1 }, 88],
            o: 69
          },
          s: [{ l: 31 }, 69],
          u: 259
        },
        92
      ],
      p: [
        {
          a: { t: 24 },
          e: {
            n: { o: 11 },
            p: 31,
            r: { r: 17 },
            s: [{ t: 23 }, 90],
            t: { a: 0 },
            u: 11
          },
          i: { d: 164, k: { a: { ".": 31 }, r: 61 }, n: 175, s: { o: 164 } },
          l: [{ e: { n: [{ e: 15 }, 93], r: 15, s: 378, t: 164 } }, 7],
          o: { e: { t: 31 }, k: { e: 164 } },
          p: { s: 28 },
          s: { e: { m: 4, s: 133 }, l: { u: 3 }, t: 54, u: 7, y: 151 },
          t: { i: { n: 4 }, r: 31 }
        },
        188
      ],
      r: {
        a: [
          {
            b: { b: 193 },
            d: { a: { ".": 32 } },
            e: { l: 0 },
            f: [{ t: 12 }, 88],
            g: 365,
            k: [{ e: 90, l: 22 }, 259],
            l: { u: 18 },
            m: { a: 0 },
            n: {
              a: { ".": 31 },
              d: { e: { ".": 38 } },
              e: 379,
              l: { i: 2 },
              o: 23
            },
            p: { e: { ".": 15, r: 15 }, i: { n: 9 }, o: 12, p: { e: 15 } },
            r: { ".": 38, g: 0 },
            s: {
              a: { n: { e: 38 }, r: 38 },
              j: { e: 0 },
              k: 0,
              o: 11,
              s: 193,
              t: 4
            },
            t: { e: { k: 0 }, o: { r: 61 }, r: 0, t: 15 },
            u: [{ k: [{ e: { n: 49 } }, 15], s: 46 }, 88],
            v: { ".": 12, h: 12, l: 15, n: 90, r: 12, s: 12 }
          },
          188
        ],
        b: [
          {
            i: { t: { i: 49 } },
            o: { d: { a: 46, e: { ".": 46 } } },
            y: { l: 6 }
          },
          162
        ],
        d: {
          e: [{ d: 1, n: { s: 91 } }, 28],
          i: { s: 1 },
          r: [{ a: 23, e: 32 }, 69],
          s: { k: { j: 23 }, t: [{ o: [{ g: { a: 242 } }, 23] }, 18] },
          v: 34
        },
        e: [
          {
            f: { f: 12, t: 12 },
            g: { e: { n: 9 } },
            i: { d: 12, e: 12 },
            k: { a: 31, e: { ".": 31 }, s: 193, t: { e: 97 } },
            l: { e: 366, i: { t: 23 }, l: { i: 11 }, s: 193 },
            m: { ".": 155, m: 38, n: 12 },
            n: { d: { e: { n: 15 } }, g: 193, h: 169 },
            o: 380,
            r: { ".": 6, f: 193, i: 38 },
            s: { s: 12 },
            t: [
              { ".": 38, a: 193, h: 36, o: 22, s: 152, t: [{ s: 139 }, 168] },
              23
            ],
            v: { a: 366, e: 198, n: [{ e: { ".": 36 } }, 193] }
          },
          153
        ],
        é: 93,
        f: { a: { r: { i: 166 } }, i: 168, r: 162 },
        g: [
          {
            e: { l: { v: 22 } },
            i: { f: 18 },
            l: { i: 4 },
            o: { ".": 1 },
            r: { e: { t: 22 } },
            s: { k: { o: 22 }, p: 22 }
          },
          173
        ],
        h: [{ ø: { r: { e: { ".": 36 } } } }, 173],
        i: [
          {
            a: { d: 0, k: 0 },
            b: { b: 18, l: 24 },
            c: { e: 0 },
            d: [{ ".": 38, n: 38 }, 88],
            k: { a: { t: 23 }, n: 11 },
            l: 162,
            m: { a: { ".": 381 } },
            n: {
              d: 12,
              g: [{ a: { r: 168 }, s: { i: 120 } }, 90],
              n: 12,
              s: 12,
              t: 12
            },
            o: { r: { i: 38 } },
            s: {
              ".": 38,
              a: 0,
              e: 24,
              o: 0,
              p: 11,
              t: { ".": 38, a: 152, e: 38, i: { l: 22 }, o: 382 },
              ø: 22
            },
            t: { e: 0, o: 0 },
            v: { o: 2 }
          },
          153
        ],
        j: { e: { s: { ".": 2 } } },
        k: {
          a: 162,
          e: [
            { r: { i: { e: 123 } }, s: { a: 1, e: 1 }, t: { e: 1, t: 3 } },
            167
          ],
          l: { æ: 164 },
          n: 168,
          o: 383,
          r: 162
        },
        l: {
          a: { n: { d: { a: { s: 170 } } } },
          e: { g: { e: { ".": 36 } }, s: { t: 66 } }
        },
        m: {
          e: 12,
          o: { d: { e: { ".": 46 } } },
          s: 54,
          å: { l: { a: { ".": 36 } } }
        },
        n: [
          {
            a: { d: 1 },
            e: { d: [{ e: 15 }, 1], e: 4, r: { o: 1 }, s: { t: 1 } },
            o: [{ b: 12 }, 7]
          },
          173
        ],
        o: [
          {
            a: 90,
            b: { l: 12, r: 384 },
            e: 153,
            f: { f: 12 },
            g: 153,
            k: { s: 15 },
            l: [{ y: 12 }, 153],
            m: [{ k: 15, o: 22 }, 153],
            n: [{ d: 15, o: 14 }, 153],
            p: [{ ".": 38, a: 381, e: { n: 38 } }, 69],
            r: [{ ".": 38, e: 90 }, 8],
            s: { a: 385, j: 164, l: 12 },
            t: { a: 23 },
            v: 69
          },
          173
        ],
        p: 173,
        r: [{ a: [{ e: 1 }, 12], e: { l: 1 }, i: { e: { n: 33 } } }, 173],
        s: {
          a: [{ k: { a: 46 }, l: 31 }, 168],
          e: { p: 12 },
          j: 168,
          k: [
            { a: [{ ".": 23, r: { a: { n: 6, r: 57 } } }, 12], o: { r: 22 } },
            69
          ],
          l: [{ a: 23, e: { d: 31 } }, 69],
          m: { i: 23 },
          n: { e: 15 },
          p: 168,
          t: { e: { n: { s: 22 }, r: 22, v: 2 } },
          u: 69,
          v: [{ a: 1, e: 23 }, 162],
          å: [{ r: 26 }, 69]
        },
        t: {
          a: [{ r: { e: 1 } }, 173],
          e: { s: 386 },
          i: { a: 15, b: 12, e: 5, l: 15, m: { o: 5 } },
          o: { p: 1 },
          r: { o: { l: 22 } },
          s: [{ a: 24 }, 162],
          y: { e: 36 },
          å: { r: { e: { n: 16 } } }
        },
        u: [
          {
            a: 153,
            d: 387,
            i: 153,
            k: 8,
            m: 90,
            n: { g: 193, i: 12 },
            p: { ".": 90 },
            r: [{ e: 91 }, 370],
            s: 153,
            t: { ".": 15, a: 38, e: 90, n: 15, o: 35, s: 0 },
            v: 40
          },
          173
        ],
        v: {
          e: { l: { e: 242 } },
          i: 168,
          s: 18,
          æ: { r: { e: { ".": 36 } } }
        },
        y: [{ a: 375, e: { n: { e: 16 } }, r: 69, s: 18 }, 388],
        æ: [{ r: { e: 389 } }, 153],
        ø: [
          {
            k: { n: 15, o: 0 },
            l: 182,
            n: [{ n: 149 }, 169],
            r: { a: 32, s: 390 },
            y: { a: 12, e: 391, n: 5, s: { ".": 169, k: 2 } }
          },
          188
        ],
        å: [
          {
            ".": 155,
            d: { a: 23, e: { ".": 32 } },
            e: 31,
            k: [{ e: 15 }, 23],
            l: 34,
            n: 259,
            p: 34,
            s: { e: 34 },
            t: [{ a: 392 }, 31],
            v: 11
          },
          188
        ]
      },
      s: {
        ".": 173,
        a: [
          {
            a: 15,
            d: 88,
            g: 36,
            l: [{ a: { ".": 31 } }, 1],
            m: { e: { t: 39 } },
            n: { t: 193 },
            r: { a: { b: 15 }, v: 15 }
          },
          153
        ],
        b: { i: { e: 49 } },
        c: { e: 6 },
        e: [
          {
            g: { e: 15 },
            i: { d: 115, e: { ".": 15 }, g: [{ e: { ".": 46 } }, 12] },
            k: [{ u: 0 }, 90],
            l: { s: 78 },
            n: 151,
            r: { ".": 38, e: 38, i: 38, k: 193 },
            s: [{ t: 90, v: 0 }, 179],
            t: { a: { s: 22 }, e: { ".": 23 }, j: 38, s: 155 },
            u: 0
          },
          173
        ],
        h: {
          a: [{ r: [{ ".": 39 }, 4] }, 0],
          e: { r: 26 },
          i: 0,
          o: [{ p: 350 }, 153]
        },
        i: {
          a: { r: 31 },
          e: { r: { t: 22 } },
          l: [{ i: 38, l: 12 }, 0],
          n: { s: 193 },
          v: 31,
          s: { t: 24 }
        },
        j: { o: { r: 12 } },
        k: {
          a: { b: 38 },
          e: { d: 4, e: 1, r: 1 },
          i: { l: 167, n: { g: 0, n: { s: 373 } } },
          j: [{ e: { r: { ".": 340 } }, æ: 1, ø: { n: 11 } }, 153],
          n: 9,
          o: { ".": 38, a: 2, t: 90 },
          r: 153,
          u: [{ e: { t: 17 } }, 153],
          v: { i: 12 },
          y: [{ r: 11 }, 38],
          ø: 153,
          å: [{ r: 16 }, 152]
        },
        l: {
          a: 153,
          e: { k: 1, t: [{ ".": 2, s: 2 }, 1] },
          i: { t: 1 },
          o: { k: 169 },
          ø: { k: 1, v: 1 }
        },
        m: { a: { k: { e: 1 } }, e: { t: { t: 393 } } },
        n: {
          a: { ".": 35 },
          e: { r: 1 },
          o: 7,
          u: 1,
          y: 7,
          æ: { r: { e: 17 } }
        },
        o: [
          {
            b: 23,
            d: 375,
            f: 259,
            k: { s: 12 },
            m: [{ m: 90 }, 88],
            r: { i: 193 }
          },
          187
        ],
        p: [
          {
            a: { r: { a: 49 }, s: 12 },
            e: { ".": 15, d: 394, r: { m: 15 } },
            l: [{ e: 26 }, 12],
            o: { l: 12, r: 90 },
            u: { n: 12 }
          },
          150
        ],
        s: {
          e: {
            d: 1,
            e: 1,
            g: 1,
            i: 16,
            n: { d: { i: 4 }, k: 26 },
            s: 1,
            t: { e: 1 },
            v: { a: 42 }
          },
          j: { a: 85, e: 1 },
          k: { r: 1 },
          l: { e: { t: 23 } },
          o: { m: 24, s: 1 },
          p: { a: 1 },
          t: {
            i: { l: { t: 22 } },
            o: { l: 1, r: 22 },
            u: { a: 39, e: [{ n: { ".": 91 } }, 22] }
          },
          u: 162,
          v: 129,
          å: 3
        },
        t: {
          a: {
            d: 152,
            e: 15,
            k: { t: 2 },
            l: { a: 35 },
            n: { e: 93, s: 38, t: 15 },
            p: 12,
            r: { t: 38 },
            t: [{ o: 15 }, 90],
            u: 193,
            v: { ".": 152, s: 22 }
          },
          e: {
            ".": 97,
            g: 1,
            i: { e: 22, g: 22 },
            k: 1,
            l: [{ l: 38, s: 15 }, 1],
            m: { a: 0, e: 11, o: 0, p: 15 },
            n: [{ g: 152, k: 15 }, 168],
            r: { ".": 206, k: 149, n: { e: 159 } },
            s: [{ t: 1 }, 124]
          },
          i: {
            e: { n: 1 },
            f: 90,
            g: 1,
            k: [{ k: 1 }, 90],
            m: { a: 395 },
            s: 1,
            v: 0
          },
          j: 153,
          o: { n: [{ e: 4 }, 52], g: 0, k: 90, l: 89, r: { d: 22, i: 22 } },
          r: {
            a: { k: 15 },
            e: { n: { e: 22 }, r: 22 },
            é: 39,
            i: { b: 15 },
            y: { k: 38 },
            å: 90
          },
          u: [{ d: 38, s: 15 }, 153],
          å: [{ r: { e: { n: 17 } }, s: [{ e: 61 }, 36] }, 167]
        },
        u: [{ t: 15 }, 153],
        v: {
          a: { r: { e: 17 } },
          e: { k: 229 },
          i: { g: 15, k: { t: 38 }, s: 12 }
        },
        y: [{ n: { a: 23 }, t: 169 }, 361],
        ø: { v: { i: 15 }, y: { e: 2 } }
      },
      t: {
        a: [
          {
            ".": 162,
            e: 0,
            f: [{ o: 58 }, 88],
            k: [{ o: 11 }, 90],
            l: [
              {
                a: [{ ".": 23 }, 24],
                d: 15,
                e: 22,
                l: [{ i: { s: { t: 36 } }, s: 138 }, 248],
                s: 396
              },
              90
            ],
            n: { k: 175, d: 11, e: { n: 23 } },
            m: { b: 12 },
            p: [{ a: 155, e: 38, p: { e: 164 } }, 1],
            r: { ".": 6, e: 6, t: 15 },
            s: { j: { e: { s: 334 } } },
            t: [{ i: 248, o: 38, t: 90 }, 184],
            u: { n: 15 },
            x: 93
          },
          153
        ],
        c: 69,
        e: [
          {
            i: { e: 0 },
            k: { a: 0 },
            m: { a: { ".": 23 } },
            r: { a: { n: 38 }, u: 22 },
            s: { i: 17, l: 0 },
            t: [{ ".": 38, s: 152 }, 6]
          },
          173
        ],
        é: 162,
        h: [{ e: { r: 4 } }, 162],
        i: [{ t: 90 }, 173],
        j: [{ e: { r: 152 }, ø: 12 }, 188],
        l: 168,
        m: 15,
        n: [{ e: { v: 4 }, i: { n: { g: [{ s: 51 }, 190] } } }, 173],
        o: [{ e: { r: 23 }, p: { p: { d: 15 } }, r: { d: 12 }, t: 0 }, 188],
        r: [
          {
            a: { d: 229, k: 252 },
            e: [{ e: 38, f: 38 }, 167],
            i: { s: 193 },
            u: { ".": 155, m: 15 }
          },
          188
        ],
        s: [
          {
            a: { r: { ".": 35 } },
            k: { u: [{ l: { e: { ".": 91 } } }, 1] },
            l: [{ a: { g: { a: 91 } } }, 61],
            n: { æ: 103 },
            ø: 7
          },
          54
        ],
        t: {
          a: { k: 1, l: [{ e: { ".": 36 }, t: 22 }, 1], n: { k: 1 }, p: 6 },
          e: {
            ".": 15,
            i: 4,
            l: { t: 4 },
            n: { k: 1, n: 1 },
            r: { a: [{ t: 14 }, 190], f: 20, k: 166, r: 166 },
            s: { k: 22 }
          },
          i: [{ a: [{ n: 242 }, 4], l: 1 }, 173],
          j: 7,
          o: { a: 17 },
          r: [{ e: 24 }, 1],
          s: { k: { i: 23 }, t: { i: 23 } },
          u: { g: 12, r: 1 },
          v: { i: { s: { e: 14 } } },
          y: 7
        },
        u: [{ i: 334, n: { a: 31, i: 12 } }, 188],
        v: [{ a: [{ n: { g: 149 } }, 193] }, 397],
        y: 188,
        z: 162,
        æ: [{ r: { a: 24 } }, 162],
        ø: 153,
        å: [{ r: { e: 22 } }, 153]
      },
      u: [
        {
          a: 1,
          f: 93,
          g: { l: { a: 32 } },
          h: 1,
          k: { a: { ".": 1 }, e: [{ m: 15 }, 7], r: 2 },
          l: 7,
          m: 28,
          n: [{ g: { e: { ".": 23 } }, u: 15 }, 151],
          p: { a: 195, k: 11 },
          r: [
            {
              a: { t: 4 },
              e: 5,
              i: 173,
              n: [{ a: 32, e: { ".": 31 } }, 90],
              o: [{ p: 164 }, 176],
              t: 90
            },
            88
          ],
          s: [{ i: 1 }, 88],
          t: { a: 69, s: 90, t: 61 },
          z: 193
        },
        153
      ],
      v: [
        {
          a: {
            d: { r: 36 },
            k: { t: { i: 15 } },
            l: { a: 23 },
            n: { n: { s: 103 }, t: { a: 169 } },
            r: { a: { r: 0 }, b: 0, k: 169 },
            t: { f: 11 }
          },
          e: {
            d: [{ a: 19, e: { l: 22 } }, 168],
            g: [{ g: 38 }, 168],
            i: { s: 116 },
            n: { n: 168, s: 17, t: { y: 166 }, y: 0 },
            r: { ".": 155 },
            s: { ".": 38 },
            t: { a: 38 },
            v: { ".": 38 }
          },
          i: {
            e: [{ r: { e: 22, t: 22 } }, 23],
            n: { s: 5 },
            s: { e: { ".": 23 }, t: 18 }
          },
          j: 88,
          n: { a: [{ k: 42 }, 7], u: 2 },
          o: { m: { s: 2 } },
          r: { e: 0, i: { ".": 152 }, å: 35 },
          s: [{ v: 32 }, 69],
          t: { a: { l: { a: 46 } }, i: 5 },
          u: { n: 375 },
          y: { r: { k: 38 } },
          ø: 88
        },
        153
      ],
      w: { a: 12 },
      y: [
        {
          b: { a: { l: 103 } },
          d: 150,
          k: 15,
          n: { g: 153 },
          r: [{ k: { a: 31, e: { ".": 23 } } }, 153],
          t: [{ i: 152, r: 12 }, 150]
        },
        69
      ],
      z: { i: 90, u: 153 },
      æ: [{ r: 24 }, 150],
      ø: [
        {
          r: { n: { a: { ".": 31 } } },
          y: [{ a: { n: 39 }, e: { n: 61 } }, 23]
        },
        398
      ],
      å: [{ k: 23, n: { d: { a: 32 } }, t: { t: 32 } }, 154]
    },
    é: {
      a: 153,
      b: 153,
      d: [{ ø: { r: 53 } }, 153],
      e: 95,
      f: 153,
      g: 153,
      h: 153,
      i: 153,
      k: 153,
      l: 153,
      m: 153,
      n: { e: [{ t: 149 }, 169] },
      o: 38,
      p: 153,
      r: [{ j: 88 }, 153],
      s: [{ e: 28 }, 153],
      t: 153,
      v: [{ a: { l: { a: 32 } }, o: { r: { e: { ".": 32 } } } }, 153],
      å: 38
    },
    è: {
      r: [
        {
          e: {
            d: 88,
            f: 88,
            k: 399,
            n: { e: { r: 0 } },
            p: 88,
            s: [{ t: 0 }, 82],
            v: 88
          }
        },
        153
      ],
      v: { e: { s: 11 } }
    },
    ê: { l: { a: { n: 93 } }, r: { a: 11, e: 153, o: 2, s: { l: 35 } } },
    f: {
      a: [
        {
          b: { o: 162 },
          c: [{ i: 69 }, 32],
          d: { e: [{ ".": 4 }, 12], m: 168 },
          f: 1,
          g: {
            a: 129,
            e: { r: 15, t: [{ i: 22 }, 5] },
            i: 7,
            o: 7,
            r: [{ o: 274 }, 7],
            s: { k: 24 },
            u: 129
          },
          i: 22,
          k: { r: 173, s: { e: { t: 33 } }, t: { a: 203 }, u: 69 },
          l: [
            {
              a: 69,
              k: { e: { s: 31 }, l: 41 },
              l: { e: { r: { s: 31 } } },
              m: 22,
              o: 1,
              s: { k: 23 }
            },
            166
          ],
          m: { o: 236 },
          n: {
            a: { ".": 1 },
            d: 400,
            e: 166,
            f: { a: 14 },
            g: { s: [{ t: { e: { v: 170 } } }, 5] },
            k: 162,
            l: 361,
            s: 19,
            t: { e: { s: { k: 61 } }, i: 22, o: 24, r: { y: 23 } },
            u: 168
          },
          p: 173,
          r: [
            {
              ".": 401,
              a: [{ ".": 1 }, 12],
              e: { ".": 1, s: 1 },
              g: { e: { l: 23, s: 23 } },
              i: { t: 1 },
              n: 22,
              s: { k: { j: 31 } },
              t: 183,
              v: { e: { l: 23 } },
              y: 162
            },
            164
          ],
          s: { a: 2, e: { l: 1, r: { u: 1 } }, l: 173, t: { r: 18 } },
          t: {
            a: { l: 12 },
            e: { ".": 1, r: { s: 21 } },
            o: 69,
            r: [{ e: 52 }, 28]
          },
          v: { n: { e: 22 }, ø: 69 }
        },
        172
      ],
      b: [{ a: { n: { e: { ".": 23 } } } }, 188],
      d: 188,
      e: [
        {
          ".": 164,
          a: [{ ".": 166, l: 20 }, 402],
          c: 173,
          d: { a: 1, e: 164, r: [{ a: 12, i: 34 }, 7] },
          e: { n: { e: 2 } },
          f: 173,
          g: 285,
          h: { j: 173 },
          i: {
            e: { n: 39, r: 39 },
            g: { d: { e: 5 }, e: 22 },
            l: { e: { s: 17 }, i: 23 },
            n: { ".": 301, e: 191 },
            t: { e: { r: 61 } }
          },
          j: 167,
          k: { a: 307, l: 162, o: 173, r: 162, t: { e: { s: 31, v: 17 } } },
          l: {
            a: { g: 15 },
            e: { n: 15 },
            i: [{ e: 128, k: 168 }, 15],
            l: { e: { s: 139 }, æ: 61 },
            o: [{ k: 22 }, 173],
            t: { a: { ".": 39 }, e: { k: 23 }, i: 23, r: { a: 23 } }
          },
          m: {
            a: { k: 22 },
            b: 39,
            n: { e: 39 },
            o: 1,
            s: 22,
            t: { i: { d: 23 } },
            ø: 129
          },
          n: {
            ".": 166,
            a: 162,
            d: { r: 49 },
            i: 162,
            s: 166,
            t: { l: { e: { g: 373 } } }
          },
          o: 173,
          p: 403,
          r: {
            ".": 166,
            a: { l: 4, m: 162, s: 15, t: 31 },
            d: { a: { m: 23 }, e: 22 },
            e: { a: 162, g: 162, k: 1, n: 31, r: { ".": 2, s: 22 } },
            i: { e: [{ n: { e: 273 } }, 36] },
            n: 191,
            r: 28,
            s: { k: { a: { r: 49 }, e: 16 } },
            u: 189
          },
          s: {
            ".": 164,
            i: 173,
            k: 189,
            t: [{ i: 131, r: 404, u: { m: 39 }, ø: 405 }, 7],
            y: 162
          },
          t: {
            a: { ".": 4, p: 162 },
            e: { ".": 1, a: 162 },
            i: [{ l: 162 }, 15],
            r: 406,
            t: { j: 17, s: 128 },
            y: 303
          },
          u: 173,
          v: [{ e: { n: 1 } }, 173],
          ø: [{ y: { ".": 4 } }, 173],
          å: 173
        },
        172
      ],
      é: { r: 172 },
      f: [
        {
          a: {
            ".": 152,
            b: 0,
            g: 407,
            k: 193,
            l: 61,
            n: { n: 11 },
            r: { b: 0, d: 36, e: 61 },
            s: 155,
            t: 11,
            u: 340,
            v: 375
          },
          e: {
            b: 88,
            d: 228,
            e: 88,
            h: 11,
            l: { t: 66 },
            m: 88,
            r: { d: { i: 11 }, e: { r: 23 } },
            s: 88,
            t: { i: 0, o: 0 },
            v: { e: 15 }
          },
          i: {
            b: 88,
            c: { e: 0 },
            d: 88,
            e: { n: 155 },
            n: { n: 0, t: 15 },
            p: 88,
            s: 42
          },
          j: 88,
          l: { a: [{ g: { a: 46 } }, 12], e: { g: 35, k: 15 }, i: 12 },
          o: [{ l: 1 }, 88],
          r: { e: 375, o: 69 },
          s: { l: 15 },
          t: 9,
          u: { r: 31, t: 96 },
          æ: 90,
          ø: 0
        },
        173
      ],
      g: 397,
      h: 188,
      i: [
        {
          a: { l: 61, n: 23, p: 162, s: 408 },
          b: { i: { e: { n: 36 } } },
          c: { e: { n: 35 }, i: 16 },
          d: { i: 2 },
          e: [{ r: [{ e: 40 }, 69] }, 28],
          f: [{ i: 15, o: 15, l: 2 }, 1],
          g: [{ h: { t: 49 }, r: 40 }, 11],
          h: 162,
          k: {
            a: [{ l: { i: [{ e: 409 }, 170] } }, 35],
            e: { n: 2 },
            k: { a: 31, n: 47 },
            o: 15,
            s: { a: 61 },
            u: 162
          },
          l: {
            a: { ".": 1 },
            i: 12,
            l: { e: { l: 31, r: { i: 31 }, s: 23, t: { i: 61 } } },
            m: { a: { t: 64 } },
            o: 69,
            t: { r: { e: [{ s: 61 }, 36], i: 23 } },
            æ: 162
          },
          n: {
            a: { r: { t: 22 } },
            d: 22,
            e: { ".": 1, r: 15 },
            g: { r: 18 },
            j: 168,
            n: { e: { i: 17 }, s: { a: 168 } },
            o: [{ r: 35 }, 85],
            s: [{ l: { e: { g: 31 } } }, 173],
            t: { e: { s: 87 } },
            u: 7
          },
          o: 400,
          r: [
            { a: [{ ".": 4 }, 12], e: { n: { e: 35 }, s: { ".": 15 } }, i: 12 },
            7
          ],
          s: {
            a: 9,
            c: 162,
            e: { ".": 4, r: { s: 120 } },
            i: { ".": 6 },
            k: [
              {
                a: [{ d: 80, l: 61, n: { d: 17 }, r: { t: 31 } }, 4],
                e: { n: { d: 47 } },
                l: 41,
                o: { l: 168 },
                u: 168
              },
              7
            ],
            t: { i: 22, u: 168 }
          },
          t: { i: { m: { e: { ".": 36 } } }, r: 162, t: { s: 17 }, y: 2 },
          v: { e: { ".": 1 } }
        },
        172
      ],
      j: [
        {
          e: {
            g: 153,
            l: { l: { e: { n: { d: 36 } } } },
            n: 38,
            r: { n: { e: 17 } },
            s: { k: 23 },
            t: 255
          },
          u: 38,
          æ: { r: { e: [{ s: 410 }, 14] } }
        },
        172
      ],
      k: 411,
      l: [
        {
          a: { g: { ".": 38, g: 11 }, k: { e: 61 }, s: 0 },
          e: {
            g: 173,
            i: 31,
            k: 0,
            l: 11,
            r: { u: 316 },
            s: { l: 23 },
            t: { t: 0 },
            v: 90
          },
          i: { n: { e: 61 }, s: { t: 16 }, t: { t: 260 } },
          o: [
            {
              g: { a: 39 },
              k: { s: 49 },
              m: 255,
              r: { o: 47 },
              s: { k: { l: 36 } }
            },
            172
          ],
          u: [{ e: { s: 18 }, s: 46, t: 15 }, 11],
          y: [{ s: 65 }, 164],
          ø: { n: 90, s: 22 },
          å: [{ s: { a: 39, e: 61 } }, 172]
        },
        156
      ],
      m: 188,
      n: 4,
      o: [
        {
          ".": 173,
          a: { r: 35 },
          b: { s: 168 },
          e: 173,
          f: 162,
          i: { l: { a: 61 } },
          k: { e: { ".": 6 } },
          l: {
            a: { ".": 4 },
            d: { r: 23 },
            e: { ".": 1, d: 15 },
            k: { v: 47, e: { s: 138 } },
            l: { e: { r: 39, s: { e: 22 } }, i: 22 },
            u: 1
          },
          n: [{ a: 1, d: 183, e: 15, i: { d: 34, n: 1 }, s: 180 }, 164],
          p: 153,
          r: {
            a: 54,
            d: { r: { e: { v: 39 }, o: 61 }, u: 19 },
            e: {
              ".": 4,
              i: 39,
              n: [{ t: 22 }, 77],
              s: { s: 22 },
              t: [{ e: { ".": 143, n: 143 } }, 23]
            },
            g: 131,
            h: 36,
            i: { n: 207 },
            k: 46,
            l: { o: { v: 58 }, ø: { p: { a: 33 }, s: { e: 33 } } },
            m: { o: { r: 33 } },
            n: 24,
            o: 36,
            p: 42,
            s: {
              e: 24,
              i: { d: { a: 33, e: { ".": 58 } } },
              m: 65,
              t: [{ e: 39 }, 46],
              v: 5
            },
            t: {
              a: { l: { e: { ".": 91 } } },
              e: [{ i: { e: 186 } }, 19],
              i: [{ d: { a: 14 } }, 77],
              v: 65
            },
            u: { l: 65 },
            v: [{ a: { r: { e: 33 } } }, 77],
            æ: 412,
            ø: 42,
            å: 39
          },
          s: { e: 35, f: { o: { r: { e: 14 } } }, j: 162 },
          t: {
            a: 1,
            e: { ".": 4 },
            o: [{ k: 1, m: 1, p: 4, r: 1 }, 17],
            s: [{ v: 36 }, 24],
            t: 24
          },
          v: 187
        },
        172
      ],
      ô: 164,
      p: [{ o: { e: 31 } }, 397],
      r: [
        {
          a: [
            {
              l: 22,
              m: { e: 53, i: 31, m: { a: { n: { e: { ".": 242 } } } } },
              n: { k: { o: 139 }, s: { e: 16 } },
              r: 62,
              s: [{ e: { ".": 22, p: 61 }, i: { e: 91 }, k: 61, p: 36 }, 54],
              v: [{ r: 77 }, 61]
            },
            172
          ],
          e: {
            ".": 88,
            d: { s: { e: { l: 46 }, t: 14 } },
            e: 41,
            g: 167,
            k: 0,
            m: [{ m: { a: { n: { e: { ".": 242 } } } }, s: 103 }, 53],
            n: { e: 61 },
            s: { k: [{ o: { ".": 16, e: 17 } }, 31], v: 148 }
          },
          i: {
            a: { r: { e: 19 } },
            d: { i: 274 },
            e: { r: { f: 23 } },
            n: 153,
            s: { k: { a: 36 }, p: 42, t: { i: { l: 19 } } },
            t: { e: { r: { e: { ".": 91 } } }, i: { m: { e: { ".": 91 } } } }
          },
          o: {
            c: 168,
            f: 61,
            n: { t: { a: { l: { e: 186 } } } },
            s: { t: 32 }
          },
          u: { s: 176, t: { a: { l: { e: { ".": 120 } } } } },
          y: { t: 153 },
          ø: { b: 22, k: [{ o: 61 }, 0] },
          å: { r: 39, v: { e: 103 } }
        },
        7
      ],
      s: [
        {
          h: [{ o: 36 }, 7],
          i: 28,
          j: { u: { k: 38 } },
          l: [{ e: { g: { e: { ".": 36 } } } }, 88],
          m: 0,
          n: [{ e: 239 }, 88],
          o: { v: 15 },
          t: [{ a: { b: 375, n: 97 } }, 7],
          v: 413
        },
        188
      ],
      t: [
        {
          a: [
            {
              ".": 90,
              f: 61,
              k: 69,
              l: { a: { ".": 32 }, g: 12 },
              m: 259,
              n: { a: 0, e: 152, l: 12 },
              r: { ".": 38 },
              s: 414,
              v: 330
            },
            153
          ],
          e: {
            a: 88,
            d: 90,
            e: 0,
            g: 88,
            i: 88,
            k: 88,
            m: 11,
            n: { a: 23, d: 18, h: 193, s: { v: 80 } },
            o: 88,
            r: { a: 415, i: { n: 0 }, s: 17 },
            s: { t: 0 },
            t: { a: 0, t: 169 }
          },
          i: { d: 206, n: { d: 12 }, s: 201 },
          l: 15,
          n: 2,
          o: [{ g: 38, n: 164 }, 217],
          r: 12,
          s: {
            a: { l: { t: 22 } },
            e: { i: 24, r: { s: 22, v: 22 } },
            i: 129,
            k: [{ a: { f: 7 } }, 54],
            l: { a: { g: { a: 120 }, n: 9 }, e: { g: { e: { ".": 120 } } } },
            t: { o: [{ p: 3 }, 12], r: { i: 20 }, ø: 15 },
            u: 54,
            ø: 357
          },
          t: [{ a: { k: { a: 46 } } }, 9],
          u: 69
        },
        173
      ],
      u: [
        {
          g: { a: { ".": 6 }, l: { e: { ".": 39, g: 127 } } },
          l: {
            e: 4,
            l: [
              {
                a: { r: 39 },
                e: [
                  {
                    ".": 39,
                    n: [{ d: { e: { ".": 242 } } }, 23],
                    r: 23,
                    s: 61
                  },
                  120
                ],
                f: { ø: { r: { e: 170 } } }
              },
              18
            ]
          },
          n: { n: [{ s: [{ l: { a: { g: { a: 159 } } } }, 203] }, 183] },
          r: { a: { ".": 4 }, e: { ".": 4, t: 35 }, o: 2, u: 176 },
          s: { e: { l: 2 }, k: 4, o: 127, t: 26 },
          t: { h: 23, u: 176 }
        },
        172
      ],
      v: [{ a: { l: { a: 32 } } }, 187],
      y: [
        {
          l: { a: 15 },
          r: [
            {
              a: { ".": 6, b: 158 },
              e: [{ ".": 1 }, 69],
              k: [{ e: { ".": 32 } }, 61],
              t: 22
            },
            28
          ],
          s: [{ a: [{ ".": 6 }, 16] }, 12]
        },
        172
      ],
      æ: 189,
      ø: [
        {
          d: {
            a: { ".": 1 },
            e: { k: 1, n: 15, s: [{ ".": 15 }, 1] },
            s: { e: { l: { s: 416 } } }
          },
          f: 69,
          k: 173,
          l: { e: { ".": 1 } },
          r: [
            {
              a: [{ r: 15 }, 31],
              e: { ".": 1, s: [{ v: 2 }, 1], t: { e: 6 } },
              t: { i: { n: 31 } }
            },
            93
          ]
        },
        172
      ],
      å: [{ r: { e: { n: 2, t: 2 }, i: 15, u: 61 }, v: { a: 2 } }, 162]
    },
    g: {
      a: [
        {
          b: { a: 162, o: 69, ø: 168 },
          d: { a: 12, e: { d: 1 }, g: 162, m: 173, r: 248 },
          e: { k: 26 },
          f: { f: { e: { l: 139 } }, l: { o: 168 }, t: 90 },
          h: 168,
          k: [{ s: 153, t: { a: { ".": 32 }, e: 32 }, v: 12 }, 168],
          l: {
            a: [{ ".": 1 }, 69],
            e: { i: 14, n: 2 },
            l: { e: { s: 23 }, i: 162 },
            o: 317
          },
          m: { a: { ".": 1 }, b: 162, e: { r: 15 }, m: { e: { l: 145 } } },
          n: {
            d: { ".": 168, e: { n: 168 } },
            e: 301,
            g: { e: { n: 19 }, j: 53 },
            k: 417,
            l: 188,
            n: 162,
            s: { a: 162, v: 162 },
            t: { r: { e: 248 } }
          },
          p: { a: { ".": 4 }, e: { ".": 1 }, l: 26, s: 82, u: 21 },
          r: {
            ".": 301,
            a: { f: 4, k: 3 },
            b: [{ r: 166, y: 166 }, 173],
            d: { e: { k: 23 } },
            e: { ".": 191, a: 162, s: [{ k: { e: { ".": 120 } } }, 22] },
            i: 28,
            k: { i: 162 },
            n: { e: 24 },
            t: {
              a: { ".": 31 },
              e: [{ ".": 32 }, 38],
              i: 90,
              s: { l: { a: 80 } }
            },
            u: { n: 23 },
            y: { l: 1 }
          },
          s: {
            c: 1,
            i: 122,
            k: { a: { ".": 32 }, e: { ".": 32 }, i: 4 },
            p: 162,
            s: { e: { l: 31, n: 22, r: 61, t: { t: 17 } }, l: 18 },
            t: [{ e: 22, o: 15, r: 418 }, 166]
          },
          t: [
            {
              e: { ".": 1, n: { s: 15 }, s: 17 },
              i: 12,
              o: 69,
              r: 12,
              t: { a: { p: 31 } }
            },
            88
          ],
          u: { l: { a: { ".": 22 } } },
          v: {
            ".": 301,
            d: 173,
            e: { i: 226, r: { i: 1 } },
            g: 162,
            k: 38,
            s: 188,
            t: 173,
            v: 162
          },
          w: 173,
          ø: 162
        },
        172
      ],
      b: [{ a: { n: { e: { ".": 23 } } }, y: { k: 11 } }, 188],
      c: 188,
      d: [
        {
          a: { l: { t: 15 }, u: 97 },
          e: {
            a: 24,
            b: [{ a: 90 }, 88],
            d: { i: 0 },
            l: { o: 22 },
            m: 88,
            n: { d: 0 },
            o: 227,
            r: { a: 0, e: 195, o: 11 },
            s: 88,
            t: [{ ".": 90 }, 88],
            v: { i: { s: { a: 91 } } }
          },
          o: { p: 15, r: 69 },
          y: { d: 23 },
          ø: { y: 330 }
        },
        222
      ],
      e: [
        {
          a: [
            { k: { t: { a: 46, e: { ".": 36 } } }, r: { e: { n: 61 }, k: 1 } },
            189
          ],
          b: [{ a: 168, e: 236, r: { i: 164, å: 162 }, y: { r: 164 } }, 173],
          d: [
            {
              a: { n: 162 },
              e: { l: 168 },
              i: { a: 14 },
              o: {
                m: { ".": 301, a: 191, e: 301, m: { e: 191 }, s: 168 },
                s: 162
              },
              r: 173,
              y: 173,
              ø: 173
            },
            23
          ],
          e: [{ n: { d: { e: { ".": 46 } } } }, 173],
          f: [{ t: 38, æ: 164 }, 173],
          g: [{ g: 38, n: 151 }, 419],
          h: [{ ø: { v: { e: { ".": 46 } } } }, 173],
          i: [
            {
              e: 153,
              n: 277,
              r: [{ e: 39 }, 41],
              s: { p: 64, t: 87 },
              t: [{ a: 18, o: 18, r: 41 }, 164]
            },
            173
          ],
          j: 173,
          k: [{ l: 35, n: 12, s: 153, t: 168 }, 420],
          l: {
            ".": 166,
            a: { r: 1, u: 162 },
            e: {
              ".": 4,
              a: 2,
              d: 162,
              i: [{ e: { r: 14 } }, 162],
              k: 162,
              m: 181,
              n: { ".": 15, s: 15 },
              t: [{ t: 22 }, 166]
            },
            i: [{ d: 162, g: { g: 168 }, t: 162, v: 168 }, 164],
            o: [{ v: 15 }, 173],
            s: [{ e: 24, i: 22, k: { l: 58 } }, 421],
            t: 42,
            u: [{ n: 15 }, 162],
            v: { e: 61 },
            y: 162,
            æ: 173,
            ø: 173,
            å: 173
          },
          m: {
            ".": 166,
            a: [{ ".": 301 }, 173],
            i: 173,
            l: 164,
            n: [{ a: 31 }, 248],
            o: 173,
            r: 301,
            s: [{ t: 422 }, 164],
            u: 12,
            y: 173,
            ø: 173,
            å: 173
          },
          n: [
            {
              ".": 164,
              a: [{ m: 40 }, 129],
              d: { s: { t: 120 } },
              e: {
                a: 12,
                m: 162,
                r: { f: 22 },
                s: 15,
                t: [{ i: 22 }, 5],
                v: [{ e: { ".": 17 } }, 162]
              },
              g: { a: { ".": 32 }, r: 22 },
              i: { n: 163, v: 168 },
              k: 22,
              l: { e: { g: { e: { ".": 120 } } } },
              n: 24,
              s: { l: 17, u: { n: 31 } },
              t: { r: 22 },
              u: { m: 162 },
              y: 162,
              æ: 162,
              ø: 162
            },
            88
          ],
          o: [
            {
              g: 166,
              l: 164,
              m: { e: [{ t: 190 }, 14] },
              n: 15,
              p: [{ e: 35 }, 168]
            },
            173
          ],
          p: 173,
          r: [
            {
              ".": 164,
              a: { ".": 15, l: 4, n: { t: 26 }, s: 35 },
              d: { i: 22 },
              e: {
                d: 162,
                f: 162,
                g: 162,
                k: 162,
                n: { e: 4 },
                p: 162,
                s: { e: 168 },
                t: { t: 162 }
              },
              i: { d: 53, k: [{ a: 46, e: 168 }, 162], m: 1, s: 1, t: 1, v: 1 },
              l: { e: { g: 33 } },
              m: { a: { ".": 335 } },
              n: [{ e: 120 }, 24],
              o: { a: 162, m: { ".": 162, m: 162 }, p: { ".": 168, e: 162 } },
              p: 22,
              s: { a: { f: 53 } },
              u: { d: 166, p: 15 },
              v: 22,
              ø: { r: { e: { ".": 36 } }, v: 423 },
              å: 162
            },
            88
          ],
          s: [
            {
              ".": 166,
              a: 173,
              e: [{ n: { ".": 166, s: 166 } }, 173],
              i: 162,
              j: { a: 236, e: 162 },
              k: 189,
              l: [{ u: 58, ø: 23 }, 69],
              o: 162,
              p: { e: 162, r: [{ a: 15 }, 1] },
              t: [
                {
                  ".": 164,
                  a: { b: { l: 50 } },
                  e: { ".": 166, k: { k: 31 } },
                  i: { ".": 32 },
                  r: { i: { d: [{ e: { ".": 242 } }, 17] } },
                  å: 168
                },
                189
              ],
              u: 424,
              v: { i: { k: { ".": 22 } } },
              y: 173,
              æ: 168,
              ø: 173,
              å: [{ r: { e: 17 } }, 189]
            },
            11
          ],
          t: {
            ".": 166,
            a: { k: 15, l: { e: { ".": 36 } }, t: { ".": 168, e: 168 } },
            e: [{ ".": 166 }, 265],
            i: 173,
            j: 173,
            o: 173,
            r: 173,
            s: 425,
            u: 173,
            y: [{ e: 46 }, 173],
            ø: 173
          },
          u: 173,
          v: [
            {
              a: 426,
              e: 173,
              i: { r: 162, s: { a: 36 } },
              n: [{ e: { ".": 31 } }, 248],
              o: 236,
              å: 166
            },
            88
          ],
          y: 173,
          æ: 162,
          ø: 173,
          å: 173
        },
        172
      ],
      é: 172,
      f: [{ e: { l: 28 } }, 188],
      g: [
        {
          a: { l: 97, s: { k: 15 }, v: 259 },
          e: {
            d: { i: 0 },
            i: 69,
            l: { a: 0, e: 0 },
            m: 88,
            n: { u: 0 },
            r: { e: { i: 11 }, i: { n: 23 }, ø: 0 },
            s: {
              b: 36,
              l: 17,
              m: 0,
              o: 11,
              p: 0,
              t: { i: { o: 427 } },
              v: 428
            },
            v: 88
          },
          i: { e: 36, f: 0, m: 198 },
          j: { e: [{ s: 17 }, 1] },
          l: [{ u: 152 }, 88],
          n: 0,
          o: [{ ".": 90, s: 38 }, 217],
          r: { a: { d: [{ a: 36 }, 12], t: 15 }, e: { ".": 6, d: 12, k: 2 } },
          s: { p: { a: { r: 9 } }, s: 61, t: { o: 12 }, y: 1, ø: 12 },
          u: { d: 350, r: 198 }
        },
        187
      ],
      h: [{ e: { n: 32 }, t: { e: { n: { e: 22 } }, o: 1 }, æ: 32 }, 188],
      i: [
        {
          ".": 164,
          a: { k: 162, r: [{ b: 162 }, 69], v: 168 },
          b: 173,
          c: 6,
          d: [{ e: 12 }, 173],
          e: [{ k: 162, n: [{ d: 35 }, 164], r: 166 }, 69],
          f: { a: 162, o: 173, r: 162, u: 162 },
          g: { a: { ".": 4 }, r: 173 },
          h: 173,
          i: 173,
          k: { a: 166, e: 164, i: 162, k: 164, r: 9, u: 162 },
          l: { e: 15 },
          m: { e: { s: { s: 162 }, t: { r: 1 } }, i: 162, ø: 162 },
          n: {
            d: 188,
            g: { e: { n: { i: 168 } } },
            i: { n: 1 },
            n: [{ u: 22 }, 188],
            o: 162,
            s: 187,
            t: 187,
            v: 173
          },
          o: { m: 236, p: 189, r: 23 },
          p: [{ s: { i: 22 } }, 173],
          r: { a: 168, e: [{ ".": 1 }, 12], o: [{ b: 4 }, 18] },
          s: {
            ".": 166,
            a: 173,
            e: [{ l: 162, n: 162 }, 12],
            k: [{ a: 168 }, 166],
            l: { u: 32, ø: 23 },
            o: 162,
            p: [{ a: 34, r: 9 }, 162],
            t: {
              e: { r: { u: 120 } },
              i: 22,
              r: { a: 17, é: 15, e: { r: 79 } },
              u: 162,
              y: 168
            }
          },
          t: { a: 15, e: [{ s: 5 }, 236], r: 429, t: { e: 22 } },
          u: 173,
          v: { a: [{ l: 162 }, 2], o: 162, u: 162 }
        },
        172
      ],
      j: [
        {
          a: { g: 167, k: 188, r: { n: 38 }, z: 173 },
          e: {
            f: 22,
            g: 181,
            l: { s: 103 },
            n: [{ n: 66, o: { p: { p: { s: 430 } } }, s: 125, t: 168 }, 28],
            r: 164,
            s: { k: 61, p: 41 },
            v: { a: { k: 148 } }
          },
          o: { b: 173 },
          u: [{ t: 304 }, 188],
          ø: { d: { e: 39 } }
        },
        172
      ],
      k: [{ l: { y: 49 } }, 397],
      l: {
        a: [
          {
            ".": 168,
            d: { e: 24 },
            g: [{ a: 23, e: { ".": 32 } }, 162],
            n: { d: 90 },
            r: [{ t: 15, v: 16 }, 153],
            s: [{ e: 191, k: 127, s: 11, t: [{ ".": 38 }, 168] }, 184],
            t: 164,
            u: 38
          },
          7
        ],
        e: [
          {
            d: { e: { r: { o: 31 } } },
            f: 181,
            g: { e: 24, g: { a: 46 } },
            i: [{ e: { r: { ".": 16 } } }, 168],
            k: [{ ".": 152, e: 38 }, 88],
            l: 88,
            m: { t: 164 },
            n: [{ ".": 155, e: { ".": 155, s: 155 }, s: 155 }, 162],
            p: { l: 39 },
            r: [{ a: 23, e: { d: { e: { ".": 91 } } } }, 162],
            s: { ".": 155, e: { ".": 31 }, k: 195, m: 284 },
            t: 162,
            v: 88
          },
          4
        ],
        i: {
          d: [{ e: { l: 23 } }, 184],
          e: { n: 77, r: 32 },
          g: 176,
          m: [{ e: 39 }, 336],
          o: 162,
          t: { t: 103 },
          v: 306
        },
        j: [{ a: 2 }, 162],
        l: 15,
        o: {
          ".": 0,
          a: 88,
          b: 166,
          m: { e: 334 },
          r: [{ i: { a: [{ n: 120 }, 170], e: { n: { e: 170 } } } }, 253],
          s: [{ t: { e: 22 } }, 0],
          v: 168
        },
        s: 23,
        u: [
          { g: 166, k: 38, n: [{ g: [{ e: { ".": 46 } }, 15] }, 168], t: 15 },
          167
        ],
        y: { d: 38, f: 164, s: { e: { ".": 23 } } },
        ø: { g: 88, p: { a: 32 }, s: 173, y: { ".": 2, m: 166 } }
      },
      m: [
        {
          e: { t: { e: 0, r: 0 } },
          é: 38,
          i: { n: { i: 120 } },
          o: { e: 23 },
          u: [{ l: { e: { ".": 32 } } }, 90],
          å: { l: { a: 31 } }
        },
        188
      ],
      n: [
        {
          a: { k: 69, l: { e: { m: 22 }, o: 23 }, v: 88 },
          d: [{ ø: [{ r: 14 }, 36] }, 69],
          e: [
            {
              e: 88,
              l: { o: 0 },
              r: { o: 11, ø: 11 },
              s: [{ e: { ".": 32 }, k: 0, t: 0 }, 177],
              t: [{ r: 11 }, 38],
              v: 88
            },
            1
          ],
          i: {
            b: 0,
            d: 0,
            k: 334,
            n: { g: [{ s: 139 }, 103] },
            s: [{ k: 428, t: [{ r: 33 }, 31] }, 23]
          },
          k: 9,
          o: { m: 88, p: 20, v: 40 },
          r: 15,
          s: [
            {
              k: { r: 1 },
              m: 4,
              o: { m: 1 },
              p: { r: 23 },
              t: { i: 1 },
              v: 129
            },
            69
          ],
          t: 9,
          u: { r: { e: 22 } },
          æ: { r: { e: 31 } },
          å: 88
        },
        153
      ],
      o: [
        {
          a: { n: 191, r: [{ ".": 191 }, 69] },
          b: [{ e: 17 }, 173],
          d: { a: [{ l: 15, r: 22 }, 1], d: 173, e: { ".": 1 }, s: { t: 49 } },
          f: 173,
          g: { a: 35, e: { ".": 15 }, r: 84 },
          i: 168,
          k: [{ s: { e: { ".": 23 } } }, 173],
          l: { e: 12, f: { a: 31 }, o: 15, v: { a: [{ r: 31 }, 23] }, å: 1 },
          m: [{ a: 252, e: { t: { r: { i: { s: 168 } } } }, m: 191 }, 173],
          n: { a: { n: { d: 26 } }, e: { ".": 35 }, i: 2, o: { k: 15 }, s: 39 },
          p: 188,
          r: {
            a: [{ ".": 15, e: 2, s: 2 }, 431],
            d: [{ a: 31 }, 173],
            e: [{ a: 105 }, 69],
            g: 173,
            i: [{ e: 80 }, 0],
            v: [{ a: 32 }, 38],
            ø: 15
          },
          s: { p: 24, t: 175 },
          t: { o: 168, r: 31 },
          v: [{ e: { ".": 6 }, i: { ".": 6 } }, 162]
        },
        172
      ],
      p: 432,
      r: [
        {
          ".": 167,
          a: {
            b: 162,
            c: [{ e: 22 }, 168],
            d: { s: 301 },
            f: { f: 17, t: 80 },
            m: 53,
            n: { d: { s: 433 }, t: { o: 17, r: 103 } },
            s: { e: { ".": 39, t: 39 }, k: 31, t: 18 },
            t: [{ e: { ".": 32 }, i: { s: 103 } }, 22],
            u: 23,
            v: { a: { k: 41 }, i: { s: 61 }, t: { a: 242 } }
          },
          e: {
            a: 173,
            d: { s: 248 },
            e: { n: 23 },
            f: [{ e: 152 }, 173],
            g: { a: 0 },
            i: { e: { n: [{ e: 36 }, 14] }, s: 434 },
            k: 162,
            l: 267,
            n: { t: 38 },
            p: { i: 162, s: 43 },
            s: { e: 152, s: { a: { k: 36 }, e: { n: { t: 36 } } }, t: 274 },
            t: { t: 162 }
          },
          i: {
            ".": 248,
            b: 18,
            d: 162,
            f: 162,
            g: 187,
            p: 304,
            s: { o: 53, ø: 53, e: { t: { e: 22 } } },
            t: 162
          },
          o: {
            a: { r: 39 },
            i: 435,
            m: { m: 17 },
            n: 0,
            s: { k: 22 },
            v: { e: 24, i: { n: 47 } }
          },
          u: {
            i: 248,
            l: 181,
            n: { g: 16 },
            p: 337,
            s: { a: 61, t: 17 },
            t: 188
          },
          y: { d: 173, g: 248, t: { m: 274 } },
          ø: {
            d: { e: { ".": 22 } },
            r: 274,
            v: [{ e: 22 }, 248],
            y: [{ ".": 2 }, 162]
          },
          å: { d: [{ a: 31 }, 168], k: 5, n: 61, t: { e: { ".": 22 } } }
        },
        296
      ],
      s: [
        {
          a: [
            {
              k: { e: { r: { s: 15 } } },
              l: { ".": 152, e: 152, g: { ".": 38, e: 38 } },
              m: [{ b: 12, n: 2 }, 18],
              n: { g: 350, k: 92 },
              r: { d: 38 },
              s: [{ t: 152 }, 88]
            },
            28
          ],
          b: { ø: { n: 36 } },
          c: { e: 7 },
          e: {
            f: 15,
            g: 88,
            i: 88,
            k: [{ r: 38, v: 152 }, 88],
            l: { a: { ".": 39 }, s: { a: 271, t: 5 } },
            m: 88,
            n: { d: { e: { ".": 4 } }, k: { e: { ".": 36 } }, s: 38, t: 90 },
            r: [{ ".": 38, i: 90 }, 88],
            s: { t: 23 },
            t: [{ e: 90, i: 12, s: 155, t: 1 }, 23],
            v: 28
          },
          f: { ø: 183 },
          i: [{ d: { e: { r: 38 } }, s: 15, v: 28 }, 88],
          j: { a: { r: 1 }, e: { f: 90 }, i: 38, o: 88, å: 38 },
          k: {
            a: {
              ".": 1,
              d: 38,
              l: [{ l: 38 }, 1],
              m: 11,
              n: 0,
              p: { a: 0, e: 38, i: 0 },
              v: 2
            },
            i: { l: { t: 38 } },
            j: [{ æ: 252 }, 393],
            o: { t: 90 },
            r: { e: { n: 38 } },
            u: { g: 152 },
            v: 11
          },
          l: {
            a: { g: { a: 36 } },
            e: { g: { e: { ".": 36 } }, r: { i: 4 } },
            u: { k: 0, n: 1, t: { ".": 39 } },
            y: { n: 38 }
          },
          m: { e: { d: 15, r: { t: 437 } } },
          n: { e: { l: 152 } },
          o: { g: 38, p: { e: 35, p: [{ e: 350 }, 350] } },
          p: {
            a: { l: 38 },
            e: { l: 90 },
            i: [{ k: 15, l: [{ e: 15 }, 90] }, 7],
            o: { r: { s: 97 } },
            u: { r: 90 }
          },
          s: [{ e: { e: 5 } }, 34],
          t: {
            a: {
              k: 15,
              n: { d: 192, g: 38 },
              s: { j: 1 },
              t: [{ s: { r: { å: 438 } } }, 393]
            },
            e: [
              {
                ".": 15,
                e: 439,
                l: { l: 1 },
                m: { a: [{ ".": 36 }, 15], t: 152 },
                r: { e: 1, f: 229, k: 229, n: 229, s: 229, v: 229 },
                v: { n: { e: { n: 61 } } }
              },
              31
            ],
            i: { ".": 229, e: 89, f: 90, g: 89, å: 15 },
            o: { ".": 38, l: [{ ".": 38, a: 152, e: 38, l: 15 }, 1] },
            r: {
              a: { p: 1, u: 38 },
              e: { a: 22, d: { e: 38 }, i: 22, k: { e: 38 }, t: 4 },
              i: { d: { e: { ".": 91 } } },
              o: { f: 229 },
              ø: 90,
              å: 149
            },
            u: { e: 38, t: 22 },
            y: { r: { k: { a: 91 } } },
            ø: { r: 1 },
            å: 229
          },
          u: [{ g: 22 }, 28],
          v: { a: { n: { e: 1 } }, i: { k: 15 }, æ: 2 },
          y: { d: 28, m: 152, n: { a: 31 }, t: 31 },
          ø: [{ k: { i: 31 }, t: 4 }, 88],
          å: 23
        },
        436
      ],
      t: [
        {
          a: [
            {
              k: { a: { ".": 32 }, e: { ".": 32 } },
              l: { a: { ".": 31 }, e: { ".": 23 } }
            },
            90
          ],
          e: [{ k: { e: { ".": 31 } }, m: { a: { ".": 31 } } }, 437],
          i: [{ d: { e: { ".": 32 } }, f: 169 }, 90],
          r: { e: { ".": 4 }, å: { d: { s: 138 } } },
          s: { v: 2 },
          t: 15,
          u: { e: { n: { ".": 32 } } },
          v: { e: { k: 91 } },
          y: { e: 32, t: 35 }
        },
        188
      ],
      u: [
        {
          b: { å: 440 },
          d: { i: 7, s: { t: 18 } },
          e: { l: 1 },
          g: [{ l: 348 }, 168],
          i: { d: [{ a: { r: 17 } }, 23] },
          l: {
            e: { ".": 1 },
            k: [{ e: { ".": 32 } }, 248],
            l: { a: 23 },
            o: 22,
            ø: 61
          },
          m: 191,
          n: { g: 23 },
          r: { g: 28, i: 1, n: { a: 32, e: { ".": 31 } }, u: { a: 15, e: 12 } },
          s: { t: 1 },
          t: {
            a: 69,
            b: 173,
            d: 162,
            e: { ".": 38 },
            g: 168,
            l: 152,
            n: 162,
            s: 173,
            t: { a: { k: 23 }, e: { s: 23 }, r: 162 }
          }
        },
        172
      ],
      v: [
        {
          a: { k: { e: { ".": 23 } }, l: { a: 32 } },
          e: { d: { l: { i: 123 } } },
          i: { t: { a: 32 } }
        },
        188
      ],
      w: 200,
      y: [
        {
          a: 192,
          d: { a: { ".": 1 } },
          m: 191,
          n: { e: 12 },
          r: 31,
          s: { a: { ".": 6 }, e: { ".": 4 } },
          t: { e: { ".": 1 } },
          v: { e: { ".": 1 } }
        },
        172
      ],
      æ: { t: 38 },
      ø: { k: 248, r: { s: 24 }, v: 361, y: { a: 39, e: { r: 36 }, n: 22 } },
      å: [
        {
          a: { s: 4 },
          e: { n: { ".": 4 }, r: { ".": 1 } },
          k: 440,
          m: 162,
          n: [{ d: { a: 32 } }, 181],
          p: 272,
          r: { e: 361 },
          s: [{ t: 12 }, 7],
          v: { e: { n: 35, t: 1 } }
        },
        172
      ]
    },
    h: {
      a: [
        {
          a: 1,
          b: { a: 49 },
          e: [{ l: 7 }, 162],
          f: { i: 162 },
          g: [{ a: [{ ".": 1 }, 12], e: { n: 12 } }, 7],
          i: [{ s: { m: 2 } }, 54],
          k: { a: 15, e: { ".": 1, n: 15, r: { a: 2 }, s: 223 } },
          l: {
            a: [{ ".": 4 }, 69],
            d: { s: 396 },
            e: { ".": 1, v: 1 },
            l: { e: { i: 31 }, ø: 31 },
            s: { k: 41, o: 23, t: 41 },
            u: 15,
            v: [{ a: { r: 19 }, o: 19 }, 53]
          },
          m: {
            a: 15,
            e: { ".": 6 },
            n: { e: { s: { t: 31 } } },
            o: 15,
            s: { t: [{ r: 396 }, 23] }
          },
          n: {
            a: 15,
            d: { r: 47, s: { k: { r: 16 } }, ø: 17 },
            e: { ".": 1 },
            i: [{ s: 103 }, 176],
            n: [{ e: [{ l: 31, n: 22, s: 42 }, 23], o: 106 }, 255],
            s: { e: 24, k: 23 }
          },
          p: { e: 1 },
          r: {
            e: { ".": 1, i: 15, l: 1, m: 12, s: 1 },
            k: 22,
            o: { v: 15 },
            s: { e: 61 },
            t: { r: { e: 22, i: 23 } }
          },
          s: { j: [{ e: 17 }, 1], l: 7, p: { l: 127 }, v: 22 },
          t: { a: { r: 12 }, e: { ".": 1 }, l: { e: 31 } },
          u: [{ k: { e: { ".": 22 } }, s: { t: 31 }, t: { r: 53 } }, 0],
          v: {
            a: [{ ".": 1, n: 441 }, 23],
            e: { ".": 1, g: 1, i: 1, s: 18, r: { t: 109 } },
            i: 69,
            o: 1,
            s: { l: 23 },
            u: 442,
            ø: 54,
            å: 162
          }
        },
        88
      ],
      b: [{ a: { n: { e: { ".": 23 } } } }, 188],
      c: 162,
      e: {
        ".": 173,
        a: [{ n: { s: 2 }, t: { r: 5 } }, 7],
        b: { n: 22 },
        d: { e: { ".": 1, r: { s: 145 } }, r: 429 },
        f: { t: { a: 39, e: { s: 61 } } },
        g: { e: [{ ".": 1 }, 12], r: 107 },
        i: [
          {
            a: 18,
            e: { n: 22 },
            m: 164,
            n: { s: 12 },
            s: { k: 23 },
            t: { s: 5 }
          },
          7
        ],
        k: [{ s: { e: { k: 23, r: { i: { n: 31 } } } } }, 7],
        l: {
          a: [{ ".": 1 }, 54],
          e: { ".": 1, i: 443 },
          l: { e: { s: { u: 31 } } },
          o: 24,
          s: [
            { a: 24, e: [{ s: 190 }, 445], k: 24, p: 22, t: { e: 22 }, v: 24 },
            444
          ],
          t: { e: { s: 23 } },
          v: { e: 39 }
        },
        m: { a: { k: 1 }, n: { e: 22 }, s: { k: 146 } },
        n: { f: { ø: { r: { e: 14 } } }, o: 19, s: [{ e: 22 }, 180] },
        r: {
          a: { d: { a: 49 } },
          e: { t: 15 },
          i: { ".": 1 },
          j: 22,
          l: { e: { g: { e: 33 } }, i: { g: { a: 33 } } },
          n: 417,
          o: [{ ".": 1, a: 49 }, 69],
          p: 61,
          r: { e: { i: 31, s: { i: 31 }, t: 31 } },
          s: { k: { a: { ".": 31, r: { e: 64 } } }, v: 31 },
          u: { n: 311 },
          ø: 107
        },
        s: {
          e: { ".": 1 },
          p: [{ a: 61, e: { l: 22, n: 22, r: 39 } }, 7],
          t: { e: { r: { i: 14 }, s: 23 }, ø: 4 }
        },
        t: [{ e: { ".": 1 }, i: 20, s: { a: 446, p: 53 }, t: 24 }, 28],
        v: { a: { ".": 4, r: { m: 21 } }, e: { ".": 1 }, n: { a: { ".": 39 } } }
      },
      f: 173,
      h: [{ u: 38 }, 173],
      i: {
        a: { o: 15 },
        b: { a: { k: 1 } },
        e: { n: 23, t: 7 },
        f: [{ f: 183, r: 39 }, 298],
        g: { e: { ".": 4 } },
        k: { e: 61 },
        m: { m: { e: { l: { o: 145 } } } },
        n: { a: { n: 21 }, n: { e: { s: 23 } }, s: [{ k: { e: 49 } }, 5] },
        p: { l: 1, p: 24 },
        r: { o: 69 },
        s: [{ e: { ".": 35, n: 12 }, i: 9, k: 162 }, 129],
        t: { o: 61, r: 26, t: { i: 22 } },
        v: { a: { ".": 6 }, e: { ".": 1 }, s: 54 }
      },
      j: {
        a: { r: 5 },
        e: [{ m: { e: 16 } }, 23],
        o: { r: { t: { e: 139 } } },
        u: { l: [{ e: 62 }, 127] }
      },
      l: [{ a: { n: 38 } }, 173],
      m: [{ a: { n: 32 } }, 188],
      n: [{ a: 88, e: { n: 31 }, s: 69 }, 173],
      o: [
        {
          a: { r: { ".": 15 } },
          b: 31,
          d: { a: 4, e: { ".": 1, n: 15, r: [{ ".": 15 }, 18] }, y: 15 },
          f: { f: [{ a: 446, e: [{ r: 19 }, 446], i: 23 }, 41] },
          g: { s: [{ t: { r: [{ a: 61 }, 31] } }, 36] },
          i: 22,
          l: {
            a: [{ g: 15, n: 15 }, 7],
            e: { ".": 1 },
            i: { n: 1 },
            l: 22,
            o: { m: 1 },
            s: 5,
            u: [{ t: 61 }, 1]
          },
          m: { e: { ".": 1 }, o: { ".": 1, d: 1, s: 1 } },
          n: { o: 20 },
          o: 1,
          p: { a: { ".": 6 }, e: { ".": 1 }, i: { ".": 6 } },
          r: { a: [{ ".": 4 }, 15], e: 261, o: 69, t: 173 },
          s: [{ a: 22, e: { n: 15, r: 15 }, i: 68 }, 1],
          u: 28,
          v: [{ e: { r: { e: 17 } }, é: 1 }, 69],
          w: 173
        },
        0
      ],
      p: 153,
      r: [{ a: 153, e: 153, i: { n: { e: 22 }, s: 255 } }, 173],
      s: [{ e: 229 }, 200],
      t: [{ e: { r: [{ e: 103 }, 38] }, r: 153, t: 15 }, 162],
      u: {
        d: [{ a: 1, s: [{ å: { r: { e: 33 } } }, 19] }, 85],
        e: { r: 1, t: { ".": 4 } },
        g: { a: 1, e: { ".": 1 } },
        j: { a: { ".": 6 } },
        k: { a: { ".": 4 }, r: { a: 32 } },
        l: { a: 1, e: { ".": 1, g: 1, s: 15, v: 1 }, v: 22 },
        m: { a: 15 },
        n: { d: { e: { s: 31 } }, n: 255 },
        r: { u: 71 },
        s: {
          a: [{ ".": 6, r: [{ r: 21, e: 66 }, 447] }, 54],
          e: { ".": 1, d: 85 },
          i: 129,
          j: 233,
          k: 129,
          m: 61,
          s: 42,
          t: [{ r: [{ a: { n: 49 }, e: 23 }, 6], y: 4 }, 54],
          u: 83,
          ø: 7
        },
        v: { a: 1, e: { ".": 1, s: 1 } }
      },
      v: [
        {
          a: { l: { e: 22 }, s: 17 },
          e: { r: [{ a: 18 }, 28] },
          i: { l: { i: 19 }, r: 394, t: { s: 103 } },
          o: [{ r: [{ i: 80 }, 17] }, 28]
        },
        1
      ],
      y: [
        {
          a: 24,
          b: { l: 7 },
          d: 23,
          e: [{ n: { e: { ".": 22, s: 39 } } }, 7],
          g: { g: { e: { l: 22 } } },
          l: { a: { ".": 4 }, d: { e: { s: 170 } }, e: { ".": 1 } },
          r: { d: { e: { s: 23 } } },
          s: [{ a: 6, e: { ".": 1 }, j: 129, t: 22 }, 24]
        },
        11
      ],
      æ: { g: 15, r: { f: { ø: 33 }, s: 75 } },
      ø: {
        e: 1,
        f: 22,
        g: [{ r: { i: 24, ø: 61 } }, 7],
        k: 31,
        l: { e: { ".": 4 } },
        n: { a: 1, e: { ".": 1 } },
        r: { a: { r: 15 }, e: { n: 15, r: 15, s: 1 }, s: { p: 31 } },
        s: [{ t: { a: 16, ø: 17 } }, 7],
        v: { a: 69, e: 69, i: 69 },
        y: {
          a: 19,
          k: 22,
          n: 61,
          r: { a: { r: 61 } },
          s: [{ e: { t: { e: { ".": 120 } } } }, 5]
        }
      },
      å: [
        {
          a: 2,
          l: { e: 6 },
          n: { a: { ".": 4 }, d: { r: 32, s: { k: { r: 17 } } }, e: { l: 15 } },
          p: { a: { ".": 4 }, e: { ".": 1 }, l: 26 },
          r: { e: 69, i: 69, s: 24, u: 61 },
          v: { a: { ".": 6 }, e: { ".": 1 } }
        },
        11
      ]
    },
    i: {
      a: {
        a: { l: 35 },
        b: { l: 153, o: 69 },
        d: { e: 375, j: 153, r: 10 },
        g: [{ e: 7 }, 8],
        i: { n: 69 },
        k: { r: 69, s: [{ e: { ".": 32 } }, 153], u: 15 },
        l: {
          ".": 153,
          a: 54,
          e: { i: { n: 22 }, t: [{ i: 22, t: 26 }, 5] },
          f: 88,
          g: 24,
          i: { n: 1 },
          k: 0,
          o: { p: 24, v: 4 },
          s: { ".": 38, t: 5 },
          t: { ".": 90 },
          u: 54,
          ø: 7
        },
        n: {
          ".": 153,
          a: [{ l: [{ d: 22 }, 1], r: 15 }, 88],
          d: { r: 152 },
          e: { ".": 229, s: 6, t: 2 },
          k: 38,
          m: 153,
          o: 448,
          s: [{ a: 24, l: 24 }, 153],
          t: 153,
          ø: 2
        },
        p: { a: 7, p: 90 },
        r: {
          ".": 153,
          d: { o: 23, s: 78, u: 23 },
          e: [{ a: 38, l: 449 }, 88],
          n: { ".": 38, s: 155 },
          s: { k: { a: 152 } }
        },
        s: { i: 11, m: 153, p: 1, s: [{ i: 90 }, 75], t: [{ ".": 152 }, 153] },
        t: [{ e: 15, r: 31, y: { r: { a: 36 } }, t: 153 }, 69],
        u: { k: 152 },
        v: 153
      },
      b: [
        {
          a: { n: { e: { ".": 23 } } },
          b: { o: 15, u: 12 },
          e: { r: { e: 90, o: 23 } },
          i: { e: { r: { ".": 22 } } },
          l: { a: { r: 2 }, e: [{ g: 1, s: 223 }, 375] },
          o: [{ e: 23, n: 61 }, 38],
          r: 1,
          s: { t: 12 },
          t: 6,
          y: { a: [{ r: { ".": 39 } }, 16] }
        },
        150
      ],
      c: {
        a: { n: { a: { r: { a: { r: 167 } } } } },
        e: { n: { e: 22 } },
        i: 153,
        k: [{ e: { t: { e: 61 } } }, 54],
        o: 153,
        y: 38
      },
      d: {
        a: [{ l: 38, s: 90, v: 69 }, 173],
        d: { e: { l: [{ u: 14 }, 12], p: 4 } },
        e: {
          ".": 173,
          a: { l: 164 },
          b: 88,
          f: 11,
          g: { e: 9 },
          k: { i: 152 },
          l: { ".": 155, v: 12 },
          n: [{ d: 38, s: { v: 17 }, t: { i: { f: 166, t: 166 } } }, 173],
          o: { v: 18 },
          r: {
            a: { p: 11 },
            e: { ".": 450, n: 152, s: 155 },
            l: { a: { g: { a: 242 } }, e: { g: 170 } },
            n: 152,
            s: 38
          },
          s: { m: 11 }
        },
        g: { e: { m: 4, s: 1 } },
        i: { e: { n: 23 }, o: 184 },
        j: [{ e: { r: 2 } }, 93],
        n: { a: 35 },
        o: { l: 253 },
        r: { a: { n: 35 }, e: { g: 15, v: 181 }, i: 173 },
        s: [
          {
            a: { m: 15 },
            e: [{ l: 4 }, 5],
            i: { m: 15 },
            l: [{ a: { g: { a: 120 } } }, 22],
            t: [{ u: 26 }, 24]
          },
          129
        ],
        t: 129,
        u: { n: 259 },
        y: [{ l: 164, r: 90 }, 88],
        ø: [{ y: 96 }, 90],
        å: 2
      },
      e: [
        {
          a: 8,
          d: 88,
          f: { f: 153 },
          g: { e: 1, o: 5 },
          i: [{ d: 31, e: 153, g: 90, n: { i: 38 } }, 69],
          k: { l: 32, s: 153 },
          l: {
            a: 20,
            e: [{ m: 38, v: 1 }, 88],
            i: { m: 252 },
            s: 153,
            t: 155,
            ø: { p: { a: 46 } }
          },
          m: { a: 340, b: 62, e: 12 },
          n: [
            {
              a: 2,
              d: [{ e: { l: { a: 31 } } }, 88],
              é: 6,
              i: 230,
              n: 61,
              o: 15,
              s: [{ k: 23, v: 53 }, 38],
              t: { r: 41 },
              u: 15,
              y: 11
            },
            153
          ],
          r: {
            a: { n: 1 },
            d: 0,
            e: { ".": 4, g: 15, n: { g: 26 }, t: 11 },
            i: [{ l: 1, s: 1, v: 1 }, 88],
            l: 88,
            o: [{ ".": 2 }, 11],
            r: { a: 23 },
            s: { p: 23, v: 18 },
            t: 22,
            u: { n: 12 },
            v: 22
          },
          s: [{ ".": 11, c: 23, e: 12, s: 22, t: { i: 23 }, v: 451 }, 259],
          t: [
            { a: [{ b: { l: 229 }, t: 90 }, 88], e: 35, é: 15, r: { e: 23 } },
            153
          ],
          u: 28,
          v: { e: { d: 2 } }
        },
        173
      ],
      f: [
        {
          e: { s: 104 },
          f: { a: 7 },
          i: { e: 31 },
          j: { ø: 46 },
          l: { e: [{ s: 1 }, 12] },
          o: { r: { m: 103 } },
          r: { e: 69 },
          t: [{ a: { l: 1 }, e: { r: { e: 1 }, s: 17 }, s: 28 }, 93],
          ø: 90
        },
        173
      ],
      g: [
        {
          a: {
            e: 88,
            n: { n: 12 },
            r: { k: 152, t: 1, u: 24 },
            t: { e: 61, t: 12 },
            v: 88
          },
          d: 12,
          e: {
            b: 11,
            d: { i: 11, o: { m: { m: 11, s: 373 } } },
            m: 88,
            n: [{ o: 31 }, 90],
            r: { s: 38, ø: 0 },
            s: { p: 0 },
            t: { a: 34, t: 15 }
          },
          g: { e: { d: 1, s: 103 }, r: { a: 1 }, s: 452 },
          h: 11,
          i: { a: 259, b: 38, m: 0, o: { n: 103 } },
          j: { e: { v: { a: 49 } } },
          l: [{ d: 31, i: { s: { e: { ".": 36 } } }, o: { a: 15 } }, 69],
          n: { e: { u: 15 }, o: 15 },
          o: { f: [{ r: 22 }, 36], m: 69, n: { o: 23 } },
          r: { a: 7, e: 7, ø: 259, å: { d: 12, t: 17 } },
          s: {
            a: { l: 23 },
            e: { l: 15 },
            j: 28,
            k: { a: 9, r: 34 },
            m: { u: 23 },
            p: { a: 34 },
            t: [{ a: 23, e: [{ k: 15, l: 2, m: 15 }, 1], r: { a: 23 } }, 5],
            v: { a: 9 }
          },
          u: { n: 69, t: 35 }
        },
        173
      ],
      h: [
        {
          e: { n: 18 },
          o: { l: { e: { ".": 61 } } },
          u: { k: 0, l: { a: 39, e: { ".": 22 } } }
        },
        90
      ],
      i: [{ n: 38, s: { ".": 152, e: 453 }, t: { a: 11 } }, 153],
      j: 153,
      k: [
        {
          a: [
            {
              b: [{ e: { l: 38 } }, 88],
              f: 88,
              k: 88,
              n: { d: 49 },
              o: 88,
              p: { o: 0 },
              r: { ".": 38, a: 38, e: [{ i: 0 }, 22] },
              s: { a: 11, p: 24 }
            },
            150
          ],
          e: {
            ".": 88,
            d: 88,
            i: 6,
            l: { e: { g: 155 }, i: 38, u: 22 },
            n: { ".": 38, a: 0, e: 38, s: 155 },
            r: { ".": 90, a: 0, e: { ".": 38 }, i: 22, o: 53 },
            s: [{ i: 24, k: 11, o: 38, u: 22 }, 454],
            t: { ".": 38, s: 38 }
          },
          i: [{ n: { e: 39, n: 15 }, s: { t: 22 } }, 153],
          j: 153,
          k: {
            a: {
              f: 1,
              n: { a: 4 },
              p: 1,
              r: { v: 22 },
              s: 1,
              t: [{ t: 22 }, 1]
            },
            e: { n: { t: 21 }, r: { u: 1 }, s: { k: 6, t: 1 } },
            j: { ø: [{ p: 1 }, 12] },
            l: [{ a: { g: 22 } }, 1],
            o: [{ r: { d: 22 } }, 7],
            r: [{ e: 24 }, 1],
            s: { v: 22 },
            u: [{ n: { d: 22 } }, 455],
            v: 7,
            y: 4
          },
          l: [{ æ: 38 }, 69],
          o: [
            {
              a: [{ r: 155 }, 88],
              b: 88,
              d: [{ e: 22 }, 0],
              f: 228,
              g: 0,
              h: 0,
              k: 88,
              n: { a: { ".": 22 } },
              o: 88,
              r: { d: 149, e: 0 },
              v: 88
            },
            153
          ],
          r: [
            { a: { k: 1 }, e: { m: 15 }, o: { b: { e: 15 }, s: 12 }, y: 7 },
            69
          ],
          s: {
            a: 7,
            e: { k: 1 },
            m: { å: { l: { a: 91 } } },
            o: { t: 2 },
            p: { e: { l: 15 } },
            t: { i: 22, o: 22, u: 6 }
          },
          t: {
            a: { v: 1 },
            e: { g: 1 },
            r: 129,
            s: { l: { a: { g: { a: 242 } } } }
          },
          u: [{ l: { e: { ".": 31 } }, t: 251 }, 153],
          v: [{ i: { n: 1 } }, 69],
          y: 153,
          ø: 90,
          å: [{ p: { a: 32 } }, 90]
        },
        173
      ],
      l: {
        a: [
          {
            d: { r: 15 },
            f: 2,
            k: 375,
            l: 12,
            n: { a: 0, d: 4 },
            r: { k: 0, t: 12 },
            s: { s: 15, t: 80 },
            t: 22,
            v: 15
          },
          153
        ],
        d: {
          a: { k: 1 },
          e: { k: { o: 1 }, t: { e: 1 } },
          j: 2,
          r: { e: 24 },
          s: { f: { a: { r: { e: 186 } } }, t: 65 }
        },
        e: {
          a: { r: [{ e: 32 }, 49] },
          e: 456,
          f: 88,
          g: { e: { ".": 23 }, n: 193 },
          i: [{ g: 11 }, 259],
          k: 88,
          l: 88,
          n: { o: 0 },
          r: { o: 0 },
          s: [{ e: 0, k: 195, t: 0 }, 54],
          t: { r: { i: 31 }, t: { e: 17 }, u: 23 }
        },
        é: 153,
        f: { ø: { r: { e: 17 } } },
        g: { e: 15, l: 69 },
        i: {
          d: 0,
          e: { r: { s: 22 } },
          g: { a: 39 },
          k: 38,
          m: 259,
          n: { d: 193, e: 152, s: 0 },
          r: 366,
          s: { t: { i: { k: 19 } } }
        },
        j: { a: { ".": 12 }, e: [{ s: { e: 15 } }, 69], o: 69, u: 69 },
        k: { e: [{ r: 15, s: 1 }, 18], o: { s: 160 }, u: 15 },
        l: {
          a: { b: 1, m: 4, n: { d: { a: 91 } }, p: 4, u: 35 },
          e: {
            e: 1,
            i: { e: 33 },
            n: { d: { e: { r: 21 } } },
            s: { k: 4 },
            v: 1
          },
          i: { g: { a: 49 } },
          o: { m: 223 },
          s: [{ k: { å: 17 } }, 82],
          æ: [{ r: { e: { ".": 49 } } }, 5]
        },
        m: { e: { s: { t: 26 }, v: 42 }, i: 1, s: 22 },
        o: {
          e: 153,
          l: { o: 155 },
          m: [{ v: 15 }, 0],
          n: 38,
          p: { p: 12 },
          r: 225,
          s: { o: 38 },
          t: { u: 18 },
          v: { e: 0 },
          w: 54
        },
        r: { e: { t: 103 } },
        s: {
          e: { t: { j: { e: 91 } } },
          l: [{ a: 58, e: { g: { e: 58 } }, i: 21 }, 12],
          m: { u: 23 },
          p: 28,
          t: [{ r: 15 }, 28],
          u: 2,
          v: [{ a: { r: { a: 33, e: 14 } } }, 67]
        },
        t: { a: { l: { a: 49 } }, r: { e: { t: { t: 22 } } }, å: 21 },
        u: { h: 23, k: 38, l: 239, n: 12, r: 38, s: 155, t: 69 },
        v: [{ e: { d: 46, r: 5 } }, 20],
        y: 153,
        å: [{ r: 36 }, 370]
      },
      m: {
        ".": 167,
        a: [
          {
            d: 88,
            e: { n: 0 },
            g: 88,
            k: { k: 97, o: 0 },
            l: { n: 46 },
            m: 88,
            n: 155,
            p: 88,
            r: { ".": 38 },
            s: 22,
            t: { r: 0 }
          },
          162
        ],
        b: 457,
        e: {
          e: 0,
          g: 458,
          k: 88,
          l: { u: 11 },
          n: { h: 15 },
          t: [{ ".": 155, a: 0, i: 0 }, 6],
          y: 11
        },
        é: 93,
        i: { l: { a: 39 }, n: { i: 120 } },
        j: 152,
        l: { e: { v: 1 }, u: 219 },
        m: 15,
        o: { g: 11, l: 39, r: { d: [{ a: 46 }, 15] }, v: 40 },
        p: [
          { e: { r: { i: 166 } }, l: 23, o: 172, s: [{ e: 91 }, 39], u: 172 },
          28
        ],
        r: { e: { f: 1, k: 1, s: 1 } },
        s: { e: 35, k: { l: 53, r: 24 }, m: { e: 9 }, t: [{ i: 4 }, 182] },
        t: { a: { l: { a: 46 } } },
        u: 162,
        ø: 459
      },
      n: {
        ".": 173,
        a: [
          {
            g: [{ g: 15 }, 0],
            k: { k: 38 },
            l: { e: { t: 23 } },
            m: [{ e: 12 }, 319],
            n: [{ e: 155, n: 15 }, 7],
            p: [{ p: 15 }, 88],
            r: { ".": 38, s: 38 },
            s: { k: 0, p: 0, s: 169 },
            t: { a: { k: 53 }, r: 62 },
            u: [{ k: 2 }, 11],
            v: { l: 15, r: 15 }
          },
          168
        ],
        c: { e: 183 },
        d: {
          e: { r: 2 },
          i: { g: 168 },
          o: { g: 1 },
          r: { a: 39, u: 12, ø: 17 },
          s: { k: 22, p: 24, t: 42 },
          u: { s: { t: { r: 166 } } },
          å: 61
        },
        e: [
          {
            a: { r: { e: 32 } },
            d: [{ y: 120 }, 88],
            g: { g: 15 },
            i: { d: 15, e: 12 },
            l: { e: 11, i: 23 },
            n: { g: 2 },
            p: { a: 32, e: { ".": 32 } },
            r: { e: { ".": 152, n: 38, s: 155 }, i: { k: 23 }, n: 152, t: 38 },
            s: {
              ".": 38,
              k: [{ a: 46, e: { ".": 46 } }, 0],
              s: { t: 5 },
              t: { i: 42 },
              ø: 0
            },
            v: 88
          },
          162
        ],
        é: 167,
        f: { e: { k: 164 }, o: { s: 1, t: 1 }, u: 49, y: 162 },
        g: {
          a: { l: { d: 26 }, v: 1 },
          e: { b: { j: 15 }, m: 4, n: { i: 166 }, r: { i: 15, u: 1 }, v: 12 },
          j: { e: { n: 22 } },
          o: { a: 1, s: 1 },
          r: [{ e: { p: 22 }, i: { s: 61 } }, 7],
          s: [{ o: { m: 17 }, t: 91, v: 17 }, 28],
          u: [{ n: 26 }, 168],
          ø: 233
        },
        i: {
          a: [{ r: { ".": 39 } }, 152],
          b: 88,
          e: 38,
          f: 0,
          g: 88,
          l: 0,
          m: 61,
          n: { n: 0 },
          p: 88,
          s: { a: 0, e: [{ s: 0 }, 24] },
          t: { i: { a: 166 }, o: 0 }
        },
        j: { e: { k: 166 } },
        k: [{ e: { l: 15, r: { o: 1 } }, l: { a: 85 }, o: { k: 1 } }, 173],
        l: [{ a: { g: { a: 46 } } }, 15],
        n: {
          ".": 173,
          a: { l: 1 },
          e: {
            m: 1,
            r: { ø: 1 },
            s: { i: 1, t: 120 },
            t: [{ t: { e: 21 } }, 162]
          },
          f: { a: { s: 33 } },
          g: 172,
          h: { a: { l: 166 }, o: 164 },
          i: [{ ".": 1 }, 460],
          o: { m: 26, v: { a: 20 } },
          s: [
            {
              ".": 168,
              a: 164,
              e: [{ n: 39 }, 22],
              t: { e: 39 },
              v: { e: 61 }
            },
            177
          ],
          t: 172,
          u: 158,
          æ: 162,
          ø: 461
        },
        o: [{ a: [{ r: 38 }, 22], d: 0, k: [{ s: 2 }, 36], r: { g: 2 } }, 173],
        s: [
          {
            ".": 162,
            a: [{ ".": 35, l: 2, r: 15 }, 167],
            e: { ".": 15, k: 1, n: 12, r: { i: { e: { n: { e: 211 } } } } },
            i: [{ s: 14 }, 12],
            j: [{ a: 1, e: 12 }, 168],
            k: [
              {
                a: { s: 84, t: 15 },
                e: { t: 103 },
                i: 23,
                j: [{ ø: { t: 22 } }, 12],
                o: { r: 31 },
                v: 41,
                ø: 31
              },
              162
            ],
            l: { e: { g: [{ a: 32 }, 58] }, o: 12, ø: 67 },
            m: { a: 9 },
            o: { p: 12 },
            p: [{ a: 1, l: 9, o: 23 }, 172],
            t: {
              a: { l: 166 },
              e: { ".": 462, n: { ".": 22, s: 39 } },
              i: [{ n: 1 }, 463],
              o: 464,
              r: { a: 15, e: { l: 17 }, u: 166 },
              å: 4
            },
            u: { l: 2 },
            v: 7,
            y: 465
          },
          69
        ],
        t: {
          ".": 167,
          a: [{ l: { a: 46 } }, 285],
          e: { ".": 162, g: [{ e: 109 }, 317], r: 15, s: { s: 22 }, t: 466 },
          i: [{ m: { e: 17 } }, 236],
          r: [{ a: { n: 190 }, e: { r: 23, s: 15 } }, 28]
        },
        u: [{ i: 31, l: 467, t: { ".": 2, e: 84 } }, 168],
        v: [{ e: { v: 168 } }, 172],
        y: { i: 23, t: 23 },
        ø: [{ k: 2, t: 152, v: 12 }, 168]
      },
      o: [
        {
          a: 182,
          b: 88,
          d: [{ e: { r: { e: 1 } } }, 468],
          f: { f: 153 },
          g: { n: 15 },
          i: 69,
          k: { s: 153 },
          l: [{ e: 12, j: { e: { n: 61 } } }, 23],
          m: { u: 12 },
          n: {
            a: { n: { s: 1 }, r: { r: 1 } },
            e: { r: { s: { t: 3 } } },
            g: 65,
            i: { n: 1 },
            u: 1
          },
          p: { l: 69, p: 153 },
          r: {
            a: { ".": 15 },
            d: { a: 32 },
            e: 69,
            i: { e: 1, n: 26 },
            l: { a: { g: { a: 91 } } }
          },
          s: { k: { v: 18 }, t: 69 },
          t: { a: { l: { e: { ".": 36 } } }, e: 34, r: { a: 1 } }
        },
        162
      ],
      p: {
        a: { p: 38, t: { i: { ".": 23 } } },
        e: { e: 0, l: { a: 33 }, p: 381 },
        i: [{ e: 54, n: { e: 39, g: { s: 169 } } }, 153],
        l: [{ e: 88 }, 153],
        p: {
          e: { l: { i: 1, s: 50 } },
          l: { a: { n: 31 }, æ: { r: { e: { ".": 91 } } } },
          r: 7,
          s: { t: 41, y: { n: { a: 91 } }, ø: 23 },
          u: { n: 2 }
        },
        r: [{ a: 11, u: [{ t: { e: { ".": 46 } } }, 15] }, 153],
        s: {
          a: 54,
          e: { l: 5 },
          f: { ø: 14 },
          i: 7,
          k: 129,
          l: { e: { g: { e: { ".": 120 } } } },
          t: 54
        },
        t: { a: { r: 4 } },
        y: 379,
        ø: 90
      },
      r: [
        {
          a: [
            { n: { d: 437 }, r: { k: 15 }, s: { t: 155 }, t: { r: 31 } },
            153
          ],
          d: { e: 15, s: 22 },
          e: [
            {
              i: { e: 12 },
              k: 4,
              p: { o: 90 },
              r: [{ a: 47 }, 90],
              s: { t: 61 },
              t: [{ o: 93 }, 90]
            },
            153
          ],
          g: 2,
          i: [
            {
              a: 23,
              k: { a: { ".": 32 } },
              n: { d: 12, n: 12, s: { t: 15 } },
              t: 39
            },
            153
          ],
          k: {
            a: { ".": 15, t: 1 },
            e: { r: { ".": 15 }, s: [{ t: 1 }, 469] },
            l: { e: 1 },
            v: 15,
            ø: 22
          },
          m: { a: { g: 1, l: 1, s: { t: 1 } }, é: 35 },
          o: { a: 38, e: 153, i: 0, l: 153, p: { p: 15 }, s: 54 },
          r: { e: 12 },
          s: { k: { o: 2 }, p: 28, t: 34 },
          t: [{ a: 12, i: { g: { r: 116 } } }, 31],
          u: [{ k: 9, m: 32, s: { a: { ".": 61 } } }, 153],
          ø: 153,
          å: [{ l: 40 }, 153]
        },
        173
      ],
      s: {
        a: [
          {
            k: { s: 0 },
            n: { b: 0, g: 193, n: 12, s: 193, t: 12 },
            s: 152,
            u: { d: 15 }
          },
          153
        ],
        b: { r: { y: 164 } },
        c: { e: { n: 4 }, h: 17, o: 12, r: 38 },
        e: {
          d: 88,
          e: { l: 0, n: 0, r: { n: 22 } },
          g: 470,
          i: [{ e: 12, g: 15, s: 22 }, 88],
          k: [{ t: [{ e: 0 }, 90] }, 88],
          l: { d: 96, i: 26 },
          m: 88,
          n: { e: 22, o: 0, s: { i: 123 } },
          r: { ".": 38, s: 38 },
          s: [{ s: 15 }, 88],
          t: { e: 0, j: { e: 46 } },
          u: 88
        },
        é: 167,
        h: { a: { n: { e: 16 }, v: 164 }, i: { n: 26 }, ø: { v: { e: 49 } } },
        i: { e: { n: { e: 31 } }, l: { d: 15 }, n: { d: 193 }, s: { t: 17 } },
        j: { u: { n: 2 } },
        k: {
          a: { ".": 35, l: 12, r: [{ t: { ".": 39, e: 22 } }, 12] },
          e: [{ ".": 15, e: 6, l: [{ s: 22 }, 1], s: 78 }, 93],
          j: { e: 12, o: 90 },
          l: { a: { g: { a: 91 } }, e: 3, o: 24 },
          o: { g: [{ r: 2 }, 17], p: 12, t: 12 },
          r: [{ i: { n: 3 } }, 69],
          u: [{ l: [{ a: 38 }, 1] }, 69],
          v: [{ i: 1 }, 69]
        },
        l: [{ u: [{ t: 61 }, 11], ø: { y: { ".": 39 } } }, 69],
        m: { a: { k: 38 }, e: { d: 1 }, o: { e: 17 }, u: { s: 11 } },
        n: { e: 15, u: 15 },
        o: {
          l: [{ d: 168 }, 172],
          m: { o: 166, r: 15 },
          p: { a: 24, e: 22, r: 61 },
          t: 164,
          v: 69
        },
        p: [
          { a: { n: [{ e: { ".": 15 } }, 1] }, i: { s: 4 }, r: { u: 2 } },
          69
        ],
        s: {
          e: { s: 1 },
          i: [{ s: 14 }, 15],
          k: { j: 21, o: 1, r: 2, y: 15, å: 1 },
          o: { k: 15 },
          t: { o: 2 },
          v: { e: 4, o: 15 },
          æ: { r: 352 },
          ø: { k: 1 }
        },
        t: {
          a: {
            b: 38,
            l: { e: 49 },
            n: { e: 15 },
            p: 15,
            r: 169,
            v: { b: 22, i: 61 }
          },
          e: [
            {
              ".": 15,
              k: [{ t: 22 }, 1],
              l: { l: 14 },
              m: { a: { ".": 36 } },
              n: [{ ".": 15, e: 15 }, 31],
              r: { ".": 15, n: 15, ø: 4 }
            },
            88
          ],
          é: 4,
          i: { k: 1, l: { b: 15 }, s: 15 },
          o: { k: 12, l: 12 },
          r: [
            {
              e: { ".": 471, n: 195, r: [{ ".": 11 }, 38], s: 0, t: 11 },
              y: 12
            },
            88
          ],
          u: { s: 12 }
        },
        u: [{ f: 15, l: 15, n: 69 }, 168],
        v: [{ a: { k: 1 } }, 69],
        w: 2,
        y: { n: { a: 32 }, r: 22, s: 350, t: 15 },
        ø: { k: 259, y: 0 },
        å: { k: 2, r: 12 }
      },
      t: {
        a: [
          {
            l: { a: 41, e: { r: { s: 47 } }, o: 23, y: 23 },
            n: { g: 11, s: { v: 128 } },
            u: 5,
            v: 0
          },
          153
        ],
        e: {
          c: 0,
          g: 88,
          k: { e: { ".": 32 }, y: 152 },
          l: { g: 96 },
          n: { i: 0 },
          o: 88,
          r: { e: 24, o: 0, s: 116, u: 195 },
          s: [{ e: { ".": 31 } }, 458],
          t: { s: 116 }
        },
        é: 153,
        i: [
          {
            e: { r: { ".": 31 }, s: 0 },
            f: 88,
            k: { a: { m: 0 }, v: 196 },
            m: { e: 22 },
            o: 88,
            p: 88,
            r: 24,
            s: {
              a: 0,
              e: { n: 0 },
              i: 0,
              j: 0,
              k: { o: 0 },
              p: 196,
              t: [{ r: 22 }, 0]
            },
            u: 88,
            v: [{ s: 14 }, 5]
          },
          7
        ],
        j: { a: { r: { a: { n: 2 } } }, e: { r: 2 }, i: 2 },
        m: { a: { l: { e: { ".": 36 } } } },
        n: { e: { s: { s: 103 } } },
        o: [
          {
            a: 39,
            m: 0,
            r: { d: 15 },
            s: [{ t: { r: { a: 409 } } }, 23],
            v: 32
          },
          153
        ],
        r: [
          {
            a: { ".": 0, e: 11 },
            e: { l: 12, n: 12 },
            i: { m: [{ a: 46 }, 15], n: 12, s: 38 },
            o: { s: 472 }
          },
          153
        ],
        s: {
          a: 69,
          e: { i: 85, r: 12, s: 4 },
          k: { u: 15 },
          l: { a: { g: { a: 91 } } },
          n: 69,
          t: { i: 4 },
          u: { n: 12 }
        },
        t: {
          a: { g: 1, k: 4, l: [{ a: 49 }, 1], n: { n: 4 }, p: 4, t: 26 },
          e: { d: 15, l: { o: 271 }, n: { k: 1 }, s: 78, t: { t: 22 } },
          i: { d: 1, l: 1 },
          j: 1,
          o: [{ f: 4, n: 2 }, 54],
          r: 1,
          s: { k: { r: 22 }, ø: 23 },
          y: [{ s: 2 }, 1]
        },
        u: [{ e: 22 }, 153],
        æ: { r: 176 },
        ø: 153,
        å: 165
      },
      u: [
        {
          a: 4,
          b: 7,
          l: 149,
          m: {
            ".": 38,
            f: { a: { r: 53 } },
            i: 129,
            m: 22,
            o: 1,
            s: { e: 11, t: 362, u: 0 }
          },
          n: 7,
          p: 6,
          r: 88,
          s: { e: 15 }
        },
        153
      ],
      v: {
        a: [
          {
            d: 0,
            j: 11,
            k: { s: 193 },
            l: [{ a: { ".": 31 } }, 38],
            n: { a: 0, k: 169 },
            r: { b: 0, s: 80 },
            s: { s: 169 },
            t: { t: 18 }
          },
          187
        ],
        e: [
          {
            g: [{ e: 31, n: 473 }, 88],
            i: [{ g: 2 }, 0],
            k: 88,
            r: { a: [{ s: 22 }, 23], d: 17, e: { t: 11 } },
            s: { k: 0, t: { i: 0 }, v: 11 },
            t: { ø: 11 },
            v: 88
          },
          153
        ],
        é: 153,
        i: [{ n: { s: 15 }, s: { ".": 15, b: 15 } }, 153],
        l: { e: { g: { e: { ".": 36 } } } },
        n: 12,
        o: [{ m: 2 }, 153],
        r: 12,
        s: { a: { l: 1 }, i: 7, k: 7, l: 7, n: 7, o: 1, v: 22 },
        u: { n: 375 },
        y: [{ r: { k: { e: { ".": 46 } } } }, 149],
        æ: 155,
        å: { p: { n: 2 } }
      },
      w: { a: 153, i: [{ e: 474 }, 22] },
      y: [{ r: { k: { e: { ".": 32 } } } }, 38],
      z: { a: { ".": 38, s: 152 }, e: 0, o: 153 },
      ø: [
        { k: 398, r: { ".": 153, i: 22, s: 22 }, s: [{ e: 12 }, 0], y: 153 },
        153
      ],
      å: [{ r: { s: { l: 16 } }, t: { t: { e: { ".": 23 } } } }, 398]
    },
    j: {
      a: {
        a: { k: 69, r: 35 },
        d: { a: 1 },
        e: [{ n: 2 }, 172],
        g: { ".": 166, a: { ".": 1, r: 2 }, e: { ".": 1 }, r: 31 },
        h: { a: 1, v: 1 },
        j: 1,
        k: {
          k: { e: { l: [{ e: 61 }, 23] }, o: 23, s: 78 },
          o: { k: 109 },
          r: [{ e: 6 }, 370],
          t: { e: { l: 475 }, s: 91 },
          u: 2
        },
        l: { o: 12, u: 69 },
        m: {
          b: [{ i: 168 }, 61],
          h: { ø: { v: { e: { ".": 91 } } } },
          m: 166,
          s: 183
        },
        n: { g: { r: 23 }, l: 38 },
        r: {
          a: { ".": 4, p: 3 },
          e: { k: 35 },
          n: { s: 124 },
          t: { a: 22, e: { ".": 22, t: { ".": 22 } }, i: 61 },
          ø: 168,
          å: 4
        },
        s: { e: 2, k: { i: 6 }, t: { i: 15 } },
        t: { a: 15 },
        u: { e: { r: { e: 23 } } },
        v: { i: 35 },
        z: 172
      },
      b: 153,
      d: 173,
      e: [
        {
          a: [{ k: 15 }, 419],
          b: [{ b: 39 }, 173],
          d: { e: { b: 1, k: 226 }, r: 162 },
          e: { p: 408, v: 168 },
          f: [
            {
              e: { t: 85 },
              j: 7,
              l: { a: { g: 22 } },
              r: { e: 85 },
              s: { a: 23, i: 47 },
              t: { r: 65 }
            },
            173
          ],
          g: {
            e: 15,
            g: { e: 22 },
            l: [{ e: { s: 31 } }, 168],
            o: 162,
            r: 162,
            y: 162
          },
          h: 173,
          i: [{ s: 10 }, 69],
          j: 162,
          k: {
            a: 173,
            k: { e: { r: { u: 31 } } },
            l: [{ i: 1 }, 162],
            o: 173,
            t: {
              a: [{ n: 23 }, 18],
              e: { s: 31, v: 17 },
              i: { n: 53 },
              r: 41,
              s: { t: 103 }
            },
            ø: 162
          },
          l: [
            {
              e: { g: { r: 4 }, i: { e: { r: 58 } }, l: { e: 2 }, s: 1 },
              g: { e: 61 },
              l: { a: { g: 31, n: { g: 17 } }, e: { n: 22 }, o: 23 },
              t: [{ r: 23 }, 18],
              u: { t: 39 },
              v: { a: { ".": 61 } }
            },
            173
          ],
          m: [
            {
              i: { a: 1, t: 1 },
              p: [{ l: 22 }, 36],
              s: { e: 22, t: { i: 23 } }
            },
            173
          ],
          n: {
            a: 278,
            d: [{ i: { s: 139 }, r: 162 }, 54],
            e: { ".": 12, s: 239, t: 162 },
            g: { e: { d: 22 }, l: { a: 62 }, s: 78 },
            i: 173,
            k: 24,
            l: 162,
            o: 162,
            u: 162,
            y: 357,
            æ: 162
          },
          o: 476,
          p: 173,
          r: {
            a: { f: 12, n: { t: 26 } },
            d: { e: { p: 23 }, s: 36 },
            e: [{ d: 162, g: 168, i: 168, n: { n: 168 } }, 52],
            i: { k: 15, m: 4, n: { æ: 4 } },
            k: { e: { s: 23 }, l: 47, v: 23 },
            l: { e: 58 },
            m: { u: 31 },
            n: { a: { s: 47 }, s: { l: 17 } },
            o: { n: 4 },
            s: { p: 23 },
            t: { s: 17 },
            u: 281,
            å: 168
          },
          s: {
            f: 166,
            h: 166,
            k: { i: { l: 23 } },
            p: 285,
            t: { e: { a: 23 }, i: { m: 4 }, r: 12 },
            u: { t: 166 },
            v: { e: 15 }
          },
          t: {
            a: { g: 85, k: { a: 36 }, r: { ".": 35, a: 2, e: 35 } },
            r: { u: 85 },
            s: 183,
            t: { a: { n: 53 }, e: { r: { m: 31 } }, o: 18, s: 80 },
            v: 85,
            y: { e: 46 }
          },
          u: 406,
          v: {
            a: [{ r: { k: 2 }, s: 4 }, 279],
            e: 162,
            i: { s: 5 },
            n: { a: { ".": 61 }, e: 61 }
          },
          ø: 168
        },
        88
      ],
      f: 153,
      g: 162,
      h: 153,
      i: {
        ".": 162,
        b: { b: 22 },
        e: 40,
        k: 168,
        n: { f: 361 },
        r: { o: 2 },
        s: { j: 4 },
        ø: 162
      },
      k: [{ a: { p: 0 } }, 188],
      l: 200,
      m: 200,
      n: [{ ".": 168, i: 38 }, 200],
      o: [
        {
          b: 172,
          c: 166,
          d: { a: { ".": 1, t: 4 }, i: { s: 4 } },
          f: { l: 1 },
          j: { o: 17 },
          k: { k: { e: { r: 39 }, o: 260 } },
          l: { t: 19 },
          m: { r: 90 },
          n: [
            {
              e: 15,
              n: 61,
              s: [
                { a: 17, e: 103, p: 18, t: [{ i: 31, r: 23 }, 17], u: 103 },
                176
              ]
            },
            28
          ],
          p: 162,
          r: {
            a: 15,
            d: {
              e: { k: 31, r: { v: 127 } },
              i: { s: { ".": 127 } },
              o: 41,
              r: 18,
              s: [{ l: 103 }, 17],
              u: 31
            },
            e: 69,
            i: { e: 1 },
            t: { a: 36, e: { t: 22 } },
            u: 34
          },
          s: [{ e: [{ s: 1 }, 12], t: { e: { i: 15 } } }, 173],
          u: [{ r: 17 }, 172]
        },
        88
      ],
      p: 153,
      r: 187,
      s: 397,
      t: 153,
      u: {
        a: { r: { e: 6 } },
        b: [{ i: 18, o: 35 }, 172],
        d: { a: { s: 105 }, e: 12, o: [{ e: 2 }, 7] },
        e: { n: { i: 61 }, r: { e: 26 }, s: 39 },
        g: { l: { e: 39 }, o: 166 },
        k: [{ a: 12, e: { ".": 12, n: 12 }, s: { a: { r: 39 } } }, 477],
        l: [
          {
            a: { ".": 12, r: 15, s: 15 },
            e: { i: 219 },
            i: { ".": 1, d: 4, k: 1, n: { n: 61 } },
            l: 36
          },
          7
        ],
        n: { g: [{ e: 61 }, 172], i: 478 },
        p: [{ s: 61, å: 83 }, 167],
        r: { a: [{ s: 2 }, 1], i: { s: 164 }, o: 35, u: 12, y: 166 },
        s: [{ o: 68 }, 172],
        t: { a: 69, o: 22 },
        v: { a: { ".": 4, k: 4 } },
        å: 69
      },
      v: 38,
      y: [{ d: { e: { ".": 6 } }, p: 107 }, 69],
      æ: {
        l: { e: { ".": 15 } },
        r: { a: { ".": 12, n: 35 }, e: { s: { ".": 35 } } },
        t: { e: { ".": 2 } }
      },
      ø: [
        {
          ".": 172,
          a: { ".": 172 },
          b: 9,
          e: [
            {
              f: 173,
              g: 162,
              i: 168,
              k: 173,
              n: { d: 162, g: 162 },
              t: { a: 162 }
            },
            172
          ],
          f: 69,
          g: { r: 12 },
          k: { j: 35 },
          l: [{ e: { s: 1 }, v: { e: { r: 31 } } }, 162],
          m: { e: 15 },
          n: { n: { e: 22 } },
          p: { a: 15 },
          r: {
            k: { e: { l: 23 } },
            s: { p: 23, v: 17 },
            t: { e: { l: 23 } },
            u: [{ t: 61 }, 12],
            ø: 69
          },
          s: { e: { s: 1 }, t: 183 },
          t: {
            a: [{ v: 21 }, 15],
            e: { ".": 12, t: [{ a: 22 }, 5] },
            r: 69,
            t: { e: 103 }
          },
          v: [{ e: { l: 1 } }, 281]
        },
        88
      ],
      å: [
        {
          a: { r: { ".": 15 } },
          g: { e: { ".": 35 } },
          l: { a: { ".": 4 }, e: { ".": 1, s: 2, t: 15 } }
        },
        173
      ]
    },
    k: {
      a: {
        ".": 172,
        a: [{ ".": 166, n: 479, s: 90, t: 12 }, 173],
        b: { e: { s: 168 }, o: 2, r: 281, y: 162 },
        d: {
          a: [{ l: { e: 168 } }, 12],
          e: { l: [{ ".": 4 }, 15], r: { i: 1 } },
          g: 162,
          i: { e: 16 },
          r: 173,
          u: 166,
          y: 162
        },
        e: { n: 164 },
        f: {
          e: 12,
          f: { e: { r: { e: 22 } } },
          o: 173,
          r: 35,
          t: [{ a: 22 }, 173],
          ø: 168
        },
        g: [{ i: 229, r: 28 }, 173],
        h: 173,
        i: { s: { k: 15, m: 15 } },
        j: { o: 168 },
        k: {
          a: { ".": 1 },
          e: { ".": 1, d: 1, l: 1, s: 1 },
          i: { ".": 1, s: 1 },
          s: { j: 274 },
          t: 162,
          u: 12
        },
        l: {
          a: { m: 12, n: [{ t: 4 }, 12], s: 12 },
          d: { s: 17, t: 166 },
          e: [{ n: 164, v: 15 }, 28],
          i: { s: 166 },
          k: [{ e: 77, y: 166 }, 480],
          l: { a: 61, e: { r: { o: 31 } }, s: 5 },
          o: 69,
          p: 24,
          s: { v: 77 },
          v: { e: { s: 23 } }
        },
        m: [
          {
            a: { ".": 4 },
            e: { ".": 6, r: { i: 162 } },
            m: { e: { l: 162 } },
            p: { i: 41, r: 23 },
            u: 191
          },
          172
        ],
        n: {
          a: [{ ".": 6 }, 172],
          d: { a: [{ ".": 31 }, 162], e: { ".": 334 } },
          e: [{ r: 15 }, 172],
          i: [{ n: 15 }, 23],
          l: 188,
          m: 187,
          n: { o: 90 },
          o: [{ ".": 1, m: 6 }, 166],
          s: { a: 162, i: 168, l: 164 },
          t: [{ e: { n: { d: 127 } }, r: 481 }, 172]
        },
        p: {
          ".": 173,
          a: { d: 166, k: 1, s: 164 },
          e: [{ l: { l: 166 }, n: 162 }, 15],
          i: { t: 164 },
          p: 172,
          r: { e: 24 },
          s: { t: 41 }
        },
        r: {
          ".": 172,
          a: [{ b: 162, m: 162, n: 14, v: 12 }, 172],
          b: [{ e: { i: 162 } }, 172],
          e: { a: 162, k: 4, l: 15 },
          f: 172,
          g: 166,
          i: { ".": 1, d: 4 },
          k: { i: 434, t: 274 },
          m: 172,
          n: 24,
          o: { l: 12, m: 24 },
          p: { e: { s: 22 }, s: 18 },
          r: { i: 164 },
          s: { j: 191, t: 5 },
          t: [{ i: 22 }, 172],
          u: 166,
          å: 162
        },
        s: [
          {
            ".": 191,
            e: { i: 345, k: 12, v: 22 },
            j: { u: 28, ø: 168 },
            k: [{ a: 24, o: 14 }, 1],
            p: [{ i: 1 }, 168],
            s: [{ a: { d: 31, k: 23 }, i: 181, o: 23 }, 36],
            t: [{ o: 482, r: 255 }, 1],
            u: { s: 483 }
          },
          172
        ],
        t: {
          a: [{ k: 485 }, 484],
          e: { d: 12, g: 164, t: 12 },
          o: [{ p: 26 }, 69],
          r: 486,
          s: 61,
          t: {
            a: [{ k: 31 }, 22],
            e: { l: 23, r: { m: 31 }, s: 14 },
            i: { l: 23 },
            r: { i: 23 }
          },
          y: 26
        },
        u: { r: 385 },
        v: [{ e: { s: 2 }, i: { s: 155 }, l: { u: 148 } }, 173],
        y: 301
      },
      b: 487,
      c: [{ e: [{ n: 5 }, 38] }, 173],
      d: [{ v: 149 }, 188],
      e: [
        {
          a: [{ l: 35 }, 488],
          b: [{ r: 162, u: { k: 162 } }, 173],
          c: 162,
          d: [
            {
              a: [{ g: 162, l: 162, n: { ".": 166, t: 301 } }, 15],
              e: [{ i: 168, m: 162, s: [{ ".": 191 }, 162] }, 15],
              i: 173,
              r: 286,
              s: { k: 32 },
              u: 36,
              y: 162,
              ø: 173
            },
            23
          ],
          e: { g: 173, k: 173, l: 173, p: 1, r: { n: 2 }, v: 173 },
          f: [{ f: 90, t: 38 }, 162],
          g: [{ g: [{ a: 32 }, 90], l: { a: { d: { h: 166 } } } }, 189],
          h: [{ e: { t: 164 }, j: 162 }, 15],
          i: [{ d: 459, g: 153, l: 15, m: 69, n: 330, s: 183 }, 173],
          j: 173,
          k: [{ l: 28, n: 12, s: 153, t: 171 }, 173],
          l: {
            ".": 11,
            a: [{ k: 34, l: 166, n: { s: 4 }, t: 4 }, 173],
            e: {
              i: { e: { r: 22 }, g: 22, k: [{ e: { ".": 91 } }, 61], s: 168 },
              l: 65,
              m: 248,
              n: { g: 162 },
              p: 236,
              s: 162,
              t: 304,
              v: 162
            },
            i: {
              e: [{ n: 49 }, 489],
              g: [{ n: 162 }, 164],
              n: { j: 162, t: 22 },
              s: [{ e: 1 }, 162],
              t: 166,
              v: 162
            },
            l: 22,
            o: { f: 162, v: { ".": 168, e: 162 } },
            s: [
              { k: { a: { r: 16 } }, l: 22, p: 22, t: 22, v: [{ a: 186 }, 24] },
              5
            ],
            t: [{ e: 18 }, 28],
            u: { a: 168, e: 162, k: { a: 39, e: 22 }, r: 85, v: 168 },
            v: 22,
            y: 173,
            æ: 173,
            ø: [{ p: { a: { ".": 46 } } }, 173],
            å: [{ r: { e: 16 } }, 490]
          },
          m: [{ i: { t: 1 } }, 173],
          n: {
            a: { ".": 166, m: 168, p: 31, s: 1, t: { t: { s: 166 } } },
            d: { e: [{ n: 313, r: 491 }, 22], r: 492 },
            e: [{ b: 162, k: 162, l: 162, m: 162, t: { t: 168 }, v: 162 }, 12],
            f: 164,
            i: [{ v: 236 }, 1],
            h: 334,
            k: 24,
            n: [{ e: { l: 493 } }, 61],
            o: { m: 1 },
            s: [{ e: 248, t: 36 }, 180],
            t: { e: 61, r: 19, u: 181 },
            y: 465,
            ø: 168
          },
          o: [{ f: 2, n: 12 }, 173],
          p: [{ i: { ".": 166, a: 301, e: 191 }, l: 168 }, 162],
          r: {
            a: { l: 16, m: 162, n: [{ t: 22 }, 1], u: 168 },
            e: {
              d: 162,
              g: 162,
              i: { d: 103, r: 162, s: 168 },
              k: 162,
              m: 236,
              n: [{ e: 168, g: 3, n: 162 }, 36],
              p: 162,
              r: { t: 26 },
              s: [{ s: 162, t: 162, u: 162 }, 12],
              t: [{ ".": 166, a: 166, s: 191 }, 162]
            },
            i: [
              {
                f: 1,
                k: { ".": 168, e: 162, t: 168 },
                m: 1,
                n: { e: 1, g: { i: 168, j: 168 }, æ: 1 },
                s: [{ t: { ".": 167, a: 167, e: 168 } }, 1]
              },
              164
            ],
            m: 164,
            o: { p: 191, r: 166, s: [{ e: { ".": 36 } }, 265], t: 12 },
            t: [{ o: 22, v: 65 }, 0],
            u: { n: 24, s: [{ e: { ".": 36 } }, 162] },
            ø: { r: { e: { ".": 36 } }, y: { a: 494, e: 215 } },
            å: 173
          },
          s: {
            ".": 166,
            a: { m: [{ ".": 301 }, 162] },
            d: { a: { l: { e: 191 } } },
            e: { ".": 166, l: 38 },
            i: { l: 15, t: 162 },
            j: 173,
            k: {
              a: { ".": 335 },
              e: [{ ".": 32 }, 248],
              i: 162,
              j: 162,
              å: 168
            },
            l: { e: { g: { e: { ".": 120 } } } },
            p: { e: { d: 22 }, o: { t: 166 }, u: 495 },
            t: {
              ".": 166,
              a: 265,
              e: { ".": 166, d: 236, i: 236, m: 31, n: 383 },
              o: 12,
              r: { i: 162, u: 236 },
              u: 162,
              ø: 162
            },
            u: { n: 26 },
            v: 54,
            y: 173,
            å: 54
          },
          t: {
            a: [{ k: { a: 36 }, l: { e: { ".": 36 }, s: 166 }, r: 11 }, 173],
            e: [{ ".": 166, k: 162 }, 12],
            h: 191,
            i: 173,
            j: 173,
            o: 173,
            r: 420,
            s: 183,
            t: { e: { n: { h: 127 }, s: 32 } },
            u: 173,
            y: [{ e: 36 }, 173],
            æ: 162,
            ø: { y: { s: 145 } },
            å: 173
          },
          u: [{ r: 15 }, 420],
          v: [
            {
              a: [{ n: { e: { ".": 46 } }, s: 166 }, 28],
              e: { l: 164 },
              i: { s: { a: { ".": 36 } } },
              j: [{ a: 31, e: { ".": 23 } }, 153],
              n: [{ e: { ".": 31 } }, 90],
              r: 12,
              æ: { r: { a: 46 } }
            },
            173
          ],
          y: { t: 7 },
          æ: 168,
          ø: 173,
          å: 173
        },
        172
      ],
      é: [{ t: 22 }, 296],
      f: [{ i: 38 }, 188],
      g: [{ e: 90, h: 38, u: 23 }, 496],
      h: [
        { a: { k: 15, r: 0 }, e: { o: 23 }, j: { u: { l: { s: 91 } } }, m: 4 },
        187
      ],
      i: {
        a: { r: 67 },
        d: { e: { o: 90 }, o: { l: 162 }, r: 12 },
        e: [{ r: { e: 22, ".": 12 }, l: 4 }, 319],
        f: 173,
        g: 9,
        k: { a: { ".": 4 }, k: { s: 208 }, l: 370, r: 67, s: 23 },
        l: {
          a: { ".": 6 },
          d: { e: 164, r: 168 },
          e: { ".": 1 },
          i: 15,
          j: [{ a: 39 }, 162],
          l: { e: { s: { t: 87 } } },
          o: { a: 2, g: 1, s: 12, v: 1 },
          t: 173,
          å: 2
        },
        m: { a: { ".": 6 }, e: { ".": 1 }, o: [{ l: 1 }, 197], p: 188 },
        n: {
          a: { n: { d: 39 }, r: { k: 1 }, s: { ".": 15 } },
          d: 168,
          e: [{ ".": 4 }, 15],
          f: 173,
          g: [{ a: { n: { d: 17 } }, e: 24 }, 172],
          i: { n: { g: 22 } },
          n: [{ s: { i: { d: { a: 242, e: { ".": 242 } } }, p: 5 } }, 173],
          o: [{ v: 22 }, 7],
          s: [{ i: { d: { e: { ".": 120 } } } }, 173],
          t: [{ i: { m: { e: { ".": 91 } } } }, 173],
          u: 4,
          v: 173
        },
        o: [{ l: 162, s: 191 }, 23],
        p: [{ e: 15, l: 26, p: { e: 22 }, s: 255 }, 173],
        r: [{ e: 15, i: 15, s: 162 }, 172],
        s: {
          e: 12,
          k: { o: 15 },
          m: { u: 12 },
          p: 8,
          t: { a: { v: 15 }, r: 15 }
        },
        t: { e: { n: 4 }, i: 2, o: [{ n: 1 }, 166] },
        u: 162,
        v: [{ e: { k: 1, n: { h: 26 } }, i: { ".": 4 }, s: 24 }, 11]
      },
      j: [
        {
          a: { n: 497, p: { p: { e: 17 } }, r: { n: 306 } },
          e: {
            f: { j: 61, r: 77 },
            g: { g: 162 },
            l: { d: 164, l: { e: { g: 16 } } },
            m: { a: { s: 166 }, p: 164 },
            n: { k: 168, y: 39 },
            s: 54,
            t: { r: 47, t: 17 }
          },
          o: { r: 168 },
          u: { k: 93, l: { e: { ".": 22, n: 22 } }, r: 39 },
          æ: { r: { l: 164 } },
          ø: { d: { i: 38 }, p: 172, r: { i: 164 }, t: { r: 23 } }
        },
        7
      ],
      k: [
        {
          a: [
            {
              b: 88,
              f: { t: 12 },
              k: 259,
              l: 375,
              m: 88,
              n: { b: 0, d: [{ ".": 93, e: { n: 11 } }, 15], g: 169, n: 0 },
              o: 0,
              r: { b: 0, g: 11, t: [{ a: { ".": 36 } }, 377] },
              s: { t: 38, u: 11 },
              t: { t: 11 },
              u: 259,
              v: 69
            },
            153
          ],
          e: {
            d: { o: 11, u: 0 },
            e: 88,
            h: 88,
            i: 69,
            l: {
              ".": 38,
              e: { i: 31, v: 9 },
              t: 124,
              u: [{ k: 23, n: 17 }, 103]
            },
            n: { a: { n: 31 } },
            r: {
              ".": 38,
              e: { i: 0, l: 0, n: { t: 11 } },
              i: { g: 0, t: 0 },
              u: { n: { d: 19 } }
            },
            s: {
              a: [{ u: 38 }, 0],
              e: 0,
              i: 0,
              l: 65,
              p: 0,
              t: { a: { d: 11 } }
            },
            t: { e: [{ t: 38 }, 0], ø: 0 }
          },
          g: 498,
          i: [{ n: { d: 12, f: 12, n: 35, s: 12, t: 12 }, r: 88 }, 153],
          j: {
            a: 153,
            e: { k: 91, n: { t: 15 }, r: { n: 169 }, t: 16 },
            u: 15
          },
          k: 15,
          l: { a: { g: 5, n: 12, r: 6, u: 2 }, o: 69, y: 69, æ: 12 },
          n: [{ e: 15, y: 15 }, 0],
          s: [
            {
              v: [{ a: 109 }, 3],
              a: { l: 31, r: 1 },
              e: { d: 15, i: 34 },
              i: { n: 1 },
              k: [{ j: 23 }, 69],
              l: [{ a: 12, e: 2, i: 15 }, 23],
              p: { e: 12 },
              t: [{ a: { k: 22 }, e: { p: 61 }, r: 5 }, 8],
              å: 499
            },
            206
          ],
          o: {
            d: 153,
            e: 153,
            f: 277,
            l: { i: { g: 31 } },
            m: { l: 15, s: 2, t: 35 },
            o: 11,
            p: 69,
            s: [{ i: 0, k: 11, t: 0 }, 61],
            v: { e: 12 }
          },
          p: 15,
          r: {
            a: [{ m: 15, p: 12 }, 0],
            e: { a: 12, i: 15, n: 12, s: 12 },
            i: { k: 36 },
            o: [{ e: 46, s: 5 }, 12],
            u: [{ s: 1 }, 12],
            ø: 2,
            å: 2
          },
          t: 94,
          u: { k: 15, n: { i: 0 }, t: 500 },
          v: [{ o: 88 }, 69],
          y: [{ l: 5, r: 15, t: 2 }, 501],
          ø: [{ l: 93, r: 31, y: 36 }, 259],
          å: 8
        },
        167
      ],
      l: [
        {
          ".": 168,
          a: {
            ".": 162,
            g: { t: 248 },
            k: [{ e: { ".": 39 } }, 173],
            m: { e: { l: 23 } },
            s: 336,
            t: { i: 152, r: 23 }
          },
          e: {
            b: { y: { t: 58 } },
            d: { d: 178, e: { b: 23, s: 23 } },
            g: 173,
            i: { e: 49, k: 152, v: 0 },
            m: [{ ".": 334 }, 88],
            n: { o: 502 },
            r: { i: { k: 11 } },
            s: { j: 16, n: { o: 22 }, p: 23, t: { i: 22 }, s: 66 },
            t: 173
          },
          i: {
            a: 167,
            e: { ".": 162 },
            g: 162,
            m: 503,
            n: { i: 178, j: 38 },
            p: 172,
            t: 162
          },
          o: { n: { a: { l: 66 } }, s: 172, v: 173 },
          u: { k: { t: 90 }, n: [{ t: 17 }, 162] },
          y: { d: 38, f: 306, n: { g: 178 }, s: { e: { t: { e: 58 } } } },
          æ: [{ r: { e: { s: 22 } } }, 88],
          ø: { n: { a: 61 }, r: 11, s: 168, v: { a: 39, e: 22 } },
          å: { n: 200, r: { e: 22 } }
        },
        1
      ],
      m: [{ a: { n: { n: 120 } }, å: { l: 183 } }, 361],
      n: [
        {
          a: { p: 336, t: { r: { e: 42 } }, s: { t: { a: 505 } } },
          e: { b: { l: 41 }, d: { i: 0 }, e: 504, s: { e: { ".": 32 }, t: 0 } },
          f: 15,
          i: { p: [{ p: { e: 123 } }, 178], t: 255, v: 304 },
          o: { g: 61, k: { l: 31 }, p: 166, t: { a: 39, e: 22 } },
          u: [{ m: 181 }, 336],
          y: [{ s: 23 }, 336],
          ø: [{ l: { e: 39 }, y: 12 }, 88]
        },
        174
      ],
      o: {
        a: { ".": 301, k: 281, n: { e: 301 }, r: 2 },
        b: [{ o: 12, r: 265 }, 107],
        d: { a: 15, d: 162, e: { ".": 1, k: 164, n: 166 }, ø: 173 },
        e: [{ f: 164, k: 162, l: 162, s: 162, v: 162 }, 12],
        g: {
          e: { n: { g: 26 } },
          g: { e: { r: 39 } },
          l: 24,
          r: { e: 1 },
          s: { t: 120 },
          u: 1,
          å: 4
        },
        i: [{ e: { n: { e: 53 } }, k: 40, n: 69 }, 173],
        j: [{ a: { ".": 6 } }, 173],
        k: {
          a: { ".": 1, b: 1 },
          e: { ".": 1, l: 4 },
          i: 69,
          k: { o: 36, u: 90 },
          l: 280,
          o: 162,
          u: 173
        },
        l: {
          b: { a: 14 },
          d: { a: 64 },
          e: [{ g: 1, i: 1, l: 4, t: 1, u: 1 }, 173],
          l: { e: 164 },
          o: { ".": 15 },
          p: 22,
          y: 162,
          å: 173
        },
        m: [
          {
            a: { ".": 1, f: 162 },
            e: { ".": 1 },
            g: 168,
            i: { ".": 1, l: 162, s: { b: 162, e: 1 } },
            r: 173,
            s: { e: 162, l: 24, o: 22, t: 23 },
            t: 417,
            u: 162,
            å: 162
          },
          172
        ],
        n: [
          {
            a: { ".": 1 },
            d: [{ r: 31 }, 24],
            e: { l: { å: 80 } },
            i: { v: 162 },
            s: [{ v: 127 }, 82],
            t: { o: { n: 31 } },
            u: 1
          },
          11
        ],
        o: [{ m: 162 }, 216],
        p: {
          a: 15,
          e: { r: { s: 15 }, t: 162 },
          i: { ".": 1, p: 1 },
          l: 207,
          o: 162,
          p: { e: { r: 22 } },
          r: 173
        },
        r: {
          a: [{ ".": 1 }, 69],
          d: { a: { ".": 31 }, o: 41, s: { ø: 78 }, u: 23 },
          e: [{ f: 168, i: 506, m: 15, t: 2 }, 29],
          i: [{ k: 4 }, 12],
          m: 162,
          o: { l: 15 },
          p: { a: 168, e: 168 },
          r: 507,
          s: { a: { l: 23 }, i: { n: { n: 47 } }, l: 53, t: { r: 31 }, v: 23 },
          t: { e: { s: 22 }, o: { p: 31 }, r: 53, s: 78 },
          u: [{ m: { e: 4 } }, 15]
        },
        s: [
          {
            a: [{ ".": 4 }, 173],
            e: { d: 1, k: 1, l: { e: 166 }, n: 15, s: 1 },
            i: [{ d: 49 }, 35],
            k: 7,
            l: 69,
            m: { u: 162 },
            o: 173,
            p: 419,
            t: { a: [{ s: 16 }, 4], e: { r: { s: 47 } }, j: 17, ø: 508 },
            ø: 162
          },
          172
        ],
        t: {
          e: { s: 58 },
          i: [{ l: 162 }, 9],
          r: [{ e: 4 }, 162],
          s: [{ t: { r: 17 } }, 28],
          t: { i: 23, s: [{ t: 14 }, 5] },
          y: 162
        },
        u: [{ t: [{ a: 61 }, 18] }, 307],
        v: { a: 69, e: { r: { e: 58 } }, r: 162, s: 509 },
        ø: 162,
        å: 162
      },
      p: 200,
      r: [
        {
          a: {
            d: 90,
            f: 253,
            g: 166,
            k: { k: 164 },
            n: { i: { e: { n: 510 } }, k: 168, s: 164 },
            p: 162,
            s: { e: 39, j: 511, s: 17 },
            t: { o: 23 },
            u: 23,
            v: 172
          },
          e: {
            d: { ".": 162, i: 164 },
            g: [{ i: 203 }, 187],
            i: [{ e: 49, s: 17 }, 162],
            k: [{ l: { i: 23 } }, 168],
            l: [{ a: 38 }, 173],
            m: { o: 64 },
            n: { n: 181, t: 162 },
            o: 168,
            p: { r: 38, s: 166 },
            s: { j: 166, s: 181 },
            t: { a: 33, n: 306, s: 0, t: 90 }
          },
          i: {
            b: 173,
            f: 162,
            g: [{ s: 116, a: 39 }, 304],
            k: [{ e: 22, j: 23, k: { a: 36 } }, 162],
            m: [{ e: 23 }, 172],
            n: { s: [{ t: 202 }, 249] },
            p: 28,
            s: [{ e: { n: { e: 191 } } }, 184],
            t: [{ e: 164 }, 88],
            v: 168
          },
          o: [
            {
              b: 42,
              d: { e: 22 },
              f: { o: [{ r: 0 }, 90] },
              k: { k: 16 },
              n: { i: 11, l: 38, o: { m: 23 } },
              p: [{ n: 49, p: 103 }, 0],
              s: { t: 0 },
              t: { e: [{ n: 186 }, 143] },
              v: 24
            },
            88
          ],
          u: { i: 65, m: 18, s: { a: 22 }, t: { t: { i: 14 }, r: 24 } },
          y: { g: 267, p: { a: 61, e: 22, i: 23 }, s: 164 },
          ø: { k: { e: 22 }, r: 274, v: 24 },
          å: {
            d: [{ a: 32 }, 162],
            e: 36,
            k: 166,
            l: { e: 22 },
            m: 39,
            n: { e: 61 }
          }
        },
        4
      ],
      s: {
        a: [
          {
            ".": 90,
            d: 375,
            l: { t: 12 },
            m: { e: 22 },
            n: { e: 90, s: 0, t: 193 },
            r: { ".": 90, a: 152, k: 367 },
            s: 152
          },
          153
        ],
        c: 153,
        e: {
          d: 88,
          e: 88,
          g: { e: 31 },
          i: 259,
          k: { t: 38 },
          l: { a: 38, e: { v: 22 } },
          n: { t: { o: 17 } },
          r: { f: 0, k: 12, o: { l: 38 } },
          s: {
            a: 0,
            k: 257,
            m: 196,
            o: 38,
            p: 5,
            s: [{ e: { l: 36, r: { i: { e: 46 } } }, p: 5, t: 5 }, 38]
          },
          t: { e: { ".": 31 } }
        },
        f: { ø: 5 },
        i: {
          a: 38,
          f: 88,
          k: { o: 22 },
          n: { d: 12, g: 90, i: 61, n: 12, s: 193 },
          o: 152,
          s: { t: 24 },
          t: { i: 0 }
        },
        j: 168,
        k: {
          a: { b: 35, l: 367 },
          i: { o: 11 },
          j: 69,
          l: 15,
          o: { n: { a: 16, e: 17 } },
          r: 69,
          u: [{ ".": 35, a: 2, t: 6 }, 32],
          v: 29
        },
        l: [
          {
            a: { g: { a: { ".": 46 } } },
            o: 15,
            u: [{ g: 206 }, 252],
            ø: { s: 346, v: { a: 46, e: { ".": 46 } } }
          },
          69
        ],
        m: { a: { k: 229 }, e: { l: 1 }, i: { d: 93 }, å: 475 },
        n: { o: 229, ø: 350 },
        o: [{ a: 96, d: 512, g: 0, m: { b: 0 }, r: 259, t: 88, v: 69 }, 153],
        p: {
          a: { l: 90 },
          e: { k: 12 },
          i: { o: 15, r: 12 },
          o: { r: { t: { r: 145 }, s: 308 } },
          r: 69,
          y: 90
        },
        r: 93,
        s: [{ m: 12 }, 206],
        t: {
          a: { d: 38, k: 0, l: 12, n: { t: 15 }, v: 4 },
          e: {
            d: { a: 5 },
            g: 1,
            i: 90,
            k: 0,
            v: [{ n: { e: { ".": 120 } } }, 24]
          },
          i: { l: 1, n: 0 },
          j: 69,
          r: [{ a: { n: 31 }, e: { k: 26, n: 11, r: 11 }, i: 1, o: 1 }, 69],
          u: { m: 35, s: 38 },
          y: { v: 12 },
          å: 88
        },
        v: [
          {
            a: { k: [{ e: 192 }, 350], n: { e: { ".": 46 } } },
            e: { g: 15, r: { t: 252 } },
            i: { n: 229, s: 93 }
          },
          69
        ],
        u: [{ n: [{ i: 93 }, 11] }, 153],
        w: 15,
        y: { n: { a: 32 }, s: { m: 64 } },
        æ: { r: 15 },
        ø: { k: { e: { ".": 23 } }, l: 367 },
        å: [{ ".": 90, p: 0, r: 5, t: 5 }, 69]
      },
      t: [
        {
          a: {
            ".": 38,
            f: 77,
            g: 0,
            k: { a: 31, s: 193, t: 0 },
            l: { a: { ".": 31 } },
            n: { a: [{ ".": 39 }, 193], l: 12, n: 193, v: 0 },
            p: { p: 12 },
            r: { ".": 155, r: 193, t: 193 },
            s: { s: 11, t: 38 },
            t: { l: 96 },
            v: { h: 15, k: 15, l: 367 }
          },
          e: {
            d: [{ a: 0 }, 90],
            e: 11,
            f: { ø: 0 },
            g: { e: 9 },
            i: 227,
            k: { a: 11 },
            l: { e: 22, s: { k: 97 }, i: { t: 9 } },
            m: [{ n: 2 }, 46],
            n: { h: 193 },
            r: { ".": 155, i: { e: { n: [{ s: 170 }, 139] } }, s: 80 },
            s: {
              ".": 152,
              a: 11,
              e: 11,
              k: { e: [{ ".": 36 }, 15] },
              t: { i: 15 }
            },
            t: { a: 198, e: 0 },
            v: { n: [{ e: { ".": 36 } }, 15] }
          },
          i: {
            b: 38,
            l: 90,
            n: { s: 193 },
            r: 38,
            s: { t: 17 },
            t: { e: 40 },
            v: { e: { n: { d: 127 } } }
          },
          j: { a: 88, u: 2 },
          o: {
            a: 39,
            f: { f: 15 },
            g: { r: { a: { m: 11 } } },
            l: { i: 0 },
            m: [{ f: 15 }, 88],
            p: 259,
            r: {
              ".": 155,
              a: 152,
              d: { ".": 15 },
              e: 38,
              i: { e: 513 },
              s: 16
            },
            v: 69
          },
          r: { a: { l: 12 }, e: 259, o: [{ s: 17 }, 7], u: 259 },
          s: {
            a: { m: { b: 26 }, r: 22 },
            e: { k: 15, m: 2, r: 26 },
            i: { n: 4 },
            k: { r: { a: 22 }, u: 15, v: 23 },
            l: { e: { g: { e: { ".": 120 } } } },
            o: { k: 4 },
            p: { a: 1, r: { e: 15 } },
            t: { a: 1, o: { n: 31, p: 22 }, å: 1 }
          },
          t: 353,
          u: { e: { r: { ".": 39 } }, k: 0, n: { d: 2 }, t: 259 },
          y: { o: 6, r: { k: [{ e: { ".": 46 } }, 2] } },
          ø: { r: [{ e: 46 }, 16], s: 97, v: 69 },
          å: { r: 375 }
        },
        200
      ],
      u: {
        a: [{ n: 35 }, 7],
        b: { e: { ".": 1 }, j: 12 },
        d: [{ a: { l: 1 } }, 173],
        e: { r: { ".": 1, a: 53 }, t: 1 },
        f: [{ l: 85 }, 168],
        g: [{ r: 229 }, 168],
        i: { s: 2, t: 36 },
        k: { l: 94 },
        l: {
          d: { i: 168, r: 18 },
          e: { d: 1, g: 1, i: 4, m: 1, n: 15, t: 1, v: 1 },
          i: [{ ".": 4 }, 15],
          l: 164,
          t: 172
        },
        m: {
          a: { n: 1 },
          e: { n: { t: { a: { l: 120 } } } },
          i: 4,
          s: 28,
          u: 164
        },
        n: [{ d: { s: { l: 80 } }, g: [{ e: { ".": 23 } }, 188], n: 11 }, 172],
        o: 1,
        p: [{ e: { ".": 1 }, p: { l: 23 } }, 172],
        r: {
          a: 2,
          e: { k: 1 },
          o: [{ p: [{ a: 46 }, 40] }, 109],
          s: [{ k: 31, p: 23, t: 41, v: 18 }, 172],
          t: 24,
          u: [{ k: { e: { n: 49, r: 16 } } }, 473],
          v: [{ i: 41 }, 172]
        },
        s: [
          {
            ".": 166,
            a: { ".": 2, k: 19, r: 22 },
            e: [{ l: 26 }, 166],
            k: { a: 1 },
            p: { e: 40 },
            t: 24
          },
          172
        ],
        t: { ".": 200, a: 69, e: { ".": 236 }, o: 15, r: 21, s: 173 },
        u: 514,
        ø: { y: 36 }
      },
      v: [
        {
          a: {
            k: { e: 32 },
            l: { i: 0 },
            r: { d: 11, i: { e: { n: 145 } }, t: 334 },
            s: { e: 39 }
          },
          e: {
            d: 82,
            e: 61,
            g: { r: 64 },
            i: { k: 0, l: 11, n: 515, s: { e: 49 } },
            l: [{ a: 22 }, 253],
            r: { d: 181, n: [{ s: 242 }, 166] },
            s: [{ t: 17 }, 173]
          },
          i: {
            a: 304,
            d: 162,
            e: [{ n: { e: 23 }, r: 22 }, 178],
            l: { a: 61 },
            n: { n: 164 },
            s: { e: 22, t: 191 },
            v: 173
          },
          o: [{ g: 153, k: 168, t: 0 }, 172],
          u: 88,
          æ: 181,
          å: 153
        },
        7
      ],
      w: { e: 152, u: 38 },
      y: {
        a: 15,
        e: { l: 4 },
        f: [{ l: { e: 22 } }, 162],
        g: 173,
        l: { e: { g: 1 } },
        n: { s: [{ k: { j: { e: { r: 31 } } } }, 361] },
        p: [{ r: 26 }, 129],
        r: [{ i: { e: { n: { e: 14 } } }, k: { e: { ".": 32 } } }, 172],
        s: {
          a: 6,
          e: [{ ".": 4, t: { e: { ".": 46 } } }, 162],
          k: { r: 12 },
          s: { k: 31 },
          t: [{ a: 18, e: { l: 23 } }, 296]
        },
        t: [{ a: { ".": 4 }, e: { s: 18 } }, 173]
      },
      æ: { t: 516 },
      ø: {
        ".": 172,
        a: { r: 7 },
        e: [{ n: { ".": 1 }, r: 7 }, 172],
        k: 200,
        l: { e: 1 },
        n: [{ s: { k: { j: { e: { r: 31 } } } } }, 153],
        r: { r: 90 },
        s: [{ e: 15 }, 23],
        y: { a: { r: { ".": 61 } }, d: 152, e: { n: { e: 53 } }, r: 333 }
      },
      å: {
        k: { e: 162 },
        l: { e: 12 },
        n: { d: { a: 32 }, e: 15 },
        p: { e: { ".": 1, n: 2 } },
        r: { a: { s: 35 }, e: 69, i: 69 },
        t: [{ t: 348 }, 233]
      }
    },
    l: {
      a: {
        ".": 172,
        a: 173,
        b: [{ a: 162, l: 4, o: [{ n: 361 }, 172], y: 162 }, 69],
        d: {
          ".": 162,
          e: [{ m: 1 }, 11],
          g: 162,
          i: { e: 260 },
          m: 173,
          r: 173,
          s: 65
        },
        e: [{ i: 173, n: { t: 162 }, p: 162 }, 172],
        f: [{ l: 12 }, 173],
        g: {
          g: 162,
          i: 5,
          n: { e: 168 },
          o: [{ m: 22 }, 517],
          r: 129,
          s: { a: { n: 22 }, j: 23 }
        },
        h: { a: 173 },
        i: { n: 189 },
        k: {
          a: 15,
          e: { ".": 1 },
          j: 162,
          k: 88,
          r: 7,
          s: { e: { l: 175 }, j: 152, l: 38 },
          t: [{ e: { r: { i: { e: 518 } } } }, 162],
          ø: 15
        },
        l: [{ k: 153 }, 173],
        m: { a: { b: 15 }, b: 162, e: { s: 1, t: 1 }, o: 12, u: 471 },
        n: {
          a: { l: 181 },
          c: 28,
          d: { a: { s: 31 }, e: { b: 31 }, r: 18 },
          e: [{ ".": 164, t: 162 }, 367],
          g: {
            e: { l: 31, m: 23, r: { m: 31 } },
            r: 23,
            s: [{ e: 271 }, 124],
            ø: 316
          },
          l: 162,
          n: [{ o: 90 }, 162],
          o: { r: 1 },
          s: { i: 274, p: 64 },
          t: { i: 22 },
          v: [{ i: 90 }, 162]
        },
        o: 173,
        p: {
          a: { l: 4 },
          i: 2,
          l: 6,
          p: { r: 98, s: 66 },
          s: { a: 22, e: { n: 22 }, i: 42 }
        },
        r: {
          ".": 519,
          a: { b: 306 },
          b: 173,
          e: {
            ".": 93,
            a: 300,
            d: 35,
            m: 15,
            n: { ".": 11, a: 162 },
            t: [{ a: 21 }, 36]
          },
          f: 166,
          i: { a: [{ r: 475 }, 2], e: { n: 202 } },
          k: { i: 181 },
          m: 88,
          n: 24,
          r: 306,
          t: [{ a: { ".": 31 } }, 162],
          v: { e: { t: 61 } }
        },
        s: {
          c: 4,
          e: 15,
          i: { e: 49 },
          k: [{ j: 191 }, 7],
          m: [{ i: 15 }, 162],
          p: 303,
          s: { a: { k: 31, m: 31, t: 31 }, e: { l: 31 } },
          t: [{ r: 162 }, 11],
          v: 24
        },
        t: {
          a: [{ n: { g: 22 }, u: 168 }, 69],
          e: { g: 1, k: 31, n: { o: 1 }, s: 78 },
          i: [{ ".": 4 }, 15],
          m: 162,
          o: 69,
          r: { a: { ".": 61, n: 39, r: 22 } },
          t: { i: { s: 53 }, r: { a: 23 }, u: 36 }
        },
        u: {
          a: 61,
          d: 173,
          e: 36,
          n: 162,
          r: 162,
          s: { e: 61, t: 31 },
          t: 173
        },
        v: [
          {
            a: { l: 26 },
            e: { l: 1 },
            h: 38,
            i: { n: { n: 22 } },
            s: 168,
            å: 191
          },
          173
        ],
        w: 172,
        y: 3
      },
      b: [
        {
          a: {
            d: { e: 24 },
            k: [{ e: { ".": 22 } }, 23],
            n: { e: { ".": 23 } }
          },
          e: [{ n: { a: 39 }, r: { e: { ".": 32 } } }, 38],
          o: { a: 0 },
          u: { h: 11 },
          y: { e: 23 },
          å: 38
        },
        520
      ],
      c: [{ e: { ".": 0 } }, 188],
      d: [
        {
          a: {
            ".": 152,
            k: { s: 15, t: 15 },
            n: { d: 155 },
            t: { o: 47, y: 47 }
          },
          e: {
            b: 88,
            n: 38,
            o: 227,
            p: 88,
            r: [
              {
                ".": 152,
                a: 16,
                e: { k: 0 },
                i: { k: 11 },
                k: { l: { æ: 11 } },
                l: { e: { g: 186 } },
                s: { t: { e: 80, i: 116 } }
              },
              90
            ],
            s: { h: 0, t: { r: 11 } }
          },
          é: 155,
          i: { s: { k: 16 } },
          o: { a: 39, k: { s: 346 }, l: 88, r: { e: 0 }, v: { n: 15 } },
          r: {
            a: { k: 90, n: 12, s: 15 },
            e: { ".": 11, g: { n: 2 }, r: { ".": 15 }, s: { ".": 93 } },
            i: 69,
            y: 152,
            ø: 69
          },
          s: {
            e: [{ k: 1, l: 1, s: 1 }, 46],
            k: [{ a: 1, j: 23 }, 54],
            l: { a: { g: { a: 91 } }, e: { g: 31, t: 23 } },
            m: 207,
            o: { m: 9 },
            t: { r: 24 }
          },
          t: { u: { s: 4 } },
          ø: [{ d: 22, l: 22, y: 2 }, 28]
        },
        168
      ],
      e: [
        {
          a: [{ g: 2, k: 12, l: [{ a: 22 }, 69], s: 164, t: 15 }, 173],
          b: [{ e: { m: 1 }, o: { s: { t: { a: 4 } } }, æ: { k: 166 } }, 173],
          c: 23,
          d: {
            a: [{ r: 166 }, 173],
            d: { ø: 23 },
            e: { b: 162, m: 1, p: 168, r: 15, s: 12 },
            o: [{ p: 164, v: 166 }, 173],
            r: { o: 1, y: 15 },
            s: 180,
            u: 168,
            y: 162,
            ø: 173,
            å: 265
          },
          e: [{ i: 168 }, 173],
          f: {
            a: [{ n: { e: { ".": 36 } } }, 168],
            f: 187,
            i: 173,
            l: 162,
            o: { r: 162, t: 162 },
            r: 173,
            t: 153,
            y: 168,
            ø: 162
          },
          g: {
            a: { p: 168, s: 166 },
            e: [
              {
                d: 1,
                n: 35,
                r: { a: [{ n: 35, s: 35 }, 1], o: 1 },
                t: { a: 1 },
                v: 1
              },
              164
            ],
            g: { i: 191 },
            i: [{ f: 168 }, 12],
            j: 162,
            l: 419,
            o: { l: 1 },
            r: { e: 162 },
            s: 65,
            u: 173,
            å: 173
          },
          h: [
            { a: { l: 168, m: { r: 168 }, n: 168, u: 168, v: { e: 168 } } },
            173
          ],
          i: {
            d: { o: 12 },
            e: [{ ".": 11, n: { d: { e: 22 }, e: 53 }, r: 39, t: 521 }, 32],
            g: {
              d: 36,
              e: { r: [{ ".": 61 }, 23], t: 23 },
              h: 271,
              n: { a: 36, e: 46 }
            },
            n: [{ t: 12 }, 173],
            r: { u: 127 },
            s: { t: 16 },
            t: 11
          },
          j: 173,
          k: {
            a: [{ ".": 1, n: 168 }, 173],
            e: 31,
            i: 12,
            j: 173,
            k: { s: 16 },
            l: 420,
            n: [{ a: 23 }, 173],
            o: 173,
            r: 173,
            s: { o: 181, p: 162 },
            t: { o: { r: { d: 17 } }, s: { t: 271 } },
            u: 173,
            v: 173,
            ø: 162,
            å: 162
          },
          l: {
            a: 285,
            d: 522,
            e: [{ m: 90 }, 173],
            g: 248,
            i: { g: 166 },
            o: 173,
            s: [{ k: 181 }, 164],
            u: [{ k: 162 }, 69],
            v: 38,
            y: 173,
            æ: 162,
            ø: [{ p: { a: 36 } }, 173]
          },
          m: {
            a: 162,
            e: [{ ".": 6, t: [{ r: { i: { s: { k: 167 } } } }, 162] }, 12],
            n: [{ a: 32 }, 522],
            o: 173,
            p: { e: { d: 39, s: 22 } },
            r: 164,
            s: { i: 23, ø: 53 },
            t: [{ i: 22 }, 173],
            u: 173,
            y: 168,
            ø: 162,
            å: 173
          },
          n: {
            a: { ".": 1, l: 1, v: 162 },
            d: { a: [{ n: 39 }, 46], e: { n: 168 }, r: { e: 11, i: 162 } },
            e: { d: 162, m: 162, v: 162 },
            g: { d: 0, r: 53, u: 49 },
            i: [{ v: 162 }, 15],
            s: { a: [{ k: 53 }, 103], e: { m: 162, s: 22 }, t: { a: 23 } },
            t: { a: { m: 23 }, r: [{ a: 148 }, 23] },
            ø: 173,
            å: 162
          },
          o: [{ l: 166 }, 173],
          p: [
            {
              a: 15,
              e: { l: 1, n: { d: { e: { n: 219 } } } },
              j: 107,
              l: { a: { ".": 6 }, e: 1 },
              o: 162
            },
            173
          ],
          r: {
            a: { b: { a: 162 }, m: [{ b: 107 }, 162] },
            d: 22,
            e: [
              {
                ".": 35,
                a: 168,
                f: 162,
                g: 162,
                i: 523,
                k: 162,
                s: [{ o: 162, u: 162 }, 15],
                t: 162,
                v: 162
              },
              93
            ],
            i: { ".": 301, e: [{ i: 4 }, 191], n: { a: 2 }, v: 1 },
            n: { æ: 248 },
            o: { ".": 15, m: 162, p: { e: 168 }, s: 12, t: 265 },
            s: { ".": 191, p: 5 },
            t: { e: 61 },
            u: [{ s: [{ e: { ".": 46 } }, 162] }, 69],
            y: [{ r: 166 }, 173],
            ø: 173,
            å: 173
          },
          s: {
            ".": 334,
            a: { b: 1, m: 162, r: 191, u: 162 },
            c: 173,
            e: { d: 15, g: 1, k: 162, n: 15, r: 12, t: 162 },
            h: { o: 162 },
            i: { ".": 4, g: 162, n: { g: 2, n: 22 }, t: 162 },
            j: { u: 162 },
            k: { a: { p: 2 }, j: 85, o: { l: 168 }, u: { t: 524 } },
            l: { a: 162 },
            p: [{ a: { l: 168 } }, 173],
            s: [{ e: { n: { e: { ".": 120 } } } }, 75],
            t: {
              a: [{ ".": 301, l: 191 }, 162],
              e: { d: 15, g: 15, l: 15 },
              i: { m: 1 },
              o: 12,
              r: { ø: 162 },
              y: { r: 162 },
              ø: 162,
              å: 162
            },
            u: { g: 162 },
            v: [{ i: 20 }, 54],
            y: 236,
            ø: [{ y: 166 }, 162]
          },
          t: {
            ".": 164,
            a: { b: 1, k: [{ a: 46 }, 168], l: { e: { ".": 46 } }, s: 229 },
            e: {
              ".": 166,
              a: 168,
              g: 162,
              k: 162,
              n: [{ k: 168 }, 15],
              p: 204,
              r: { ".": 15 },
              s: 162
            },
            i: [{ k: 229 }, 285],
            j: 173,
            o: 173,
            r: [{ e: 2, i: 9 }, 420],
            s: [{ j: 31, k: 46 }, 164],
            t: { e: { a: 31 }, r: 31, s: 124 },
            u: 173,
            v: 1,
            y: [{ e: 46 }, 173],
            ø: 162,
            å: 167
          },
          u: { l: 162, n: 173, r: 153, t: [{ e: 1 }, 173] },
          v: {
            ".": 173,
            a: { d: 4, l: { u: 4 } },
            e: { d: 1, g: 162, i: 162, k: 162, r: { n: 168 }, v: 303 },
            i: { d: 36 },
            n: 22,
            o: 173,
            r: 54,
            s: 162,
            æ: 162
          },
          x: 54,
          ø: 162,
          å: 173
        },
        172
      ],
      é: { e: 166, r: 172, t: { ".": 191 } },
      è: 191,
      ê: 166,
      f: [
        {
          a: { ".": 0, n: { t: 15 }, r: 38 },
          e: 38,
          f: 12,
          i: { g: 38, n: 149 },
          j: { a: 15, e: 152 },
          n: { u: { l: 367 } },
          o: { m: 0 },
          u: { t: 0 }
        },
        187
      ],
      g: [
        {
          a: {
            f: 11,
            l: { e: { ".": 32 }, t: 169 },
            n: { a: 193 },
            t: 22,
            v: { e: { ".": 23 } }
          },
          e: {
            d: 88,
            l: { a: 0, e: 0 },
            m: 88,
            n: { a: 24 },
            r: { a: { n: 53, p: 23 }, i: 22, u: { n: 17 }, y: 0 },
            s: { l: 0, p: 284 }
          },
          g: 15,
          i: { e: { n: 46 } },
          l: { o: 69, y: 15 },
          n: 15,
          o: { b: 12, d: 28, k: 69, m: 69, v: 15 },
          r: { e: { f: 12 }, ø: { y: 39 } },
          s: {
            e: 67,
            k: [{ r: { e: 9 } }, 7],
            l: { e: { g: 33 } },
            t: { r: 9 }
          },
          u: { l: 23, n: 12, r: 12 },
          æ: 153,
          ø: 15,
          å: { ".": 11, r: { ".": 15 }, v: { a: 32, e: { ".": 32 } } }
        },
        173
      ],
      h: [{ a: { k: { a: { ".": 32 } }, v: { s: 116 } }, j: 38 }, 222],
      i: [
        {
          a: [{ l: { a: 1 }, m: 7, n: { s: 15 }, s: 1 }, 69],
          b: { a: 17, e: { r: { o: 17 } }, i: [{ e: 120 }, 17], y: { e: 17 } },
          d: { a: { k: 1 }, e: { d: 1 }, o: { ".": 1 }, r: 188, t: 24 },
          e: { n: { e: 1 }, r: { ".": 12, s: { ".": 15 } }, s: 22 },
          f: [{ a: { t: 162 }, f: 22 }, 164],
          g: [
            {
              a: { ".": 1, n: 85, r: [{ t: 39 }, 1], s: { ".": 6 } },
              e: { n: { h: 26 }, t: 1 },
              n: 166,
              r: { e: 85 },
              s: { e: 24, i: 65, l: 24, p: 65, t: { i: 42, r: 22 } },
              u: 7
            },
            164
          ],
          h: 162,
          k: {
            a: { n: 15, r: 35, s: 2 },
            e: { e: 15, n: 12, s: { å: 15 } },
            i: 35,
            k: { o: 18 },
            l: 8,
            n: 301,
            s: { t: 5 },
            u: 15
          },
          l: { a: 168, d: 525, e: 12, l: { e: { b: { e: 22 }, t: 22 } } },
          m: {
            a: { r: 1, s: 1, t: { e: 4 } },
            e: [{ ".": 1 }, 11],
            h: 162,
            p: { r: 18 },
            r: 61,
            u: 39
          },
          n: {
            a: { ".": 1, l: 526 },
            c: [{ h: 14 }, 31],
            d: { r: 337, u: [{ s: 38 }, 162], s: 124 },
            e: { ".": 1, a: 288, m: 4 },
            f: 188,
            g: { j: 41, l: 17, s: { e: { n: { ".": 16 } } }, v: 166 },
            j: { u: 248 },
            k: { e: { s: 22 }, l: { e: 22 }, v: 23 },
            n: [{ e: { t: 22 }, i: 164, s: 168, t: { r: 274 } }, 188],
            o: { r: 1 },
            s: { e: 0, k: 166, t: 181 },
            t: 162,
            v: 173,
            ø: 83
          },
          o: { n: { o: 23, s: { p: 17, v: 17 } }, s: 20 },
          p: [{ e: { s: 103 }, p: { s: 43 } }, 173],
          r: { a: { r: 35 }, e: { k: 1 } },
          s: {
            a: { k: 162 },
            e: { t: 15 },
            k: { l: 23 },
            o: 173,
            p: 162,
            s: { p: 31 },
            t: {
              a: { n: 61 },
              e: { r: { k: 31 } },
              i: [{ l: 279 }, 22],
              o: 18,
              r: [{ ø: 16 }, 111],
              u: 446,
              y: [{ r: { k: { e: { ".": 242 } } } }, 223]
            }
          },
          t: {
            e: { e: 1, k: 1 },
            i: { a: 99, d: 1, g: 1, l: 1, m: 1, s: { t: 17 }, v: 1 },
            j: 22,
            n: 168,
            o: 15,
            r: [{ e: { r: 22 } }, 129],
            t: { e: { l: { e: 31 }, r: { k: 31, m: 31 } }, s: 80 },
            y: 15
          },
          u: 191,
          v: { a: { ".": 4, k: 85 }, e: { g: 22 }, i: { e: 17 }, s: 255 }
        },
        172
      ],
      j: [
        {
          a: { n: 153, r: [{ b: 0, s: 80 }, 153], s: 5 },
          e: {
            d: 0,
            e: 11,
            i: 88,
            k: 88,
            l: [{ v: 35 }, 24],
            n: 153,
            r: { ".": 90 },
            s: [{ ".": 38, t: 5 }, 527],
            t: { ".": 38, e: [{ ".": 38 }, 0], r: 528 },
            v: 88
          },
          é: 38,
          i: 153,
          o: { d: 336, e: 32, m: 0, r: { i: 15 }, s: 164 },
          u: { n: 15, r: 152, t: 2 },
          ø: [{ s: { ".": 38 } }, 24]
        },
        173
      ],
      k: [
        {
          a: [{ l: [{ i: { e: 513 } }, 348], n: 1 }, 90],
          b: 97,
          e: [
            {
              ".": 90,
              d: [{ a: { l: 38 }, e: 90 }, 88],
              e: { i: 103 },
              h: 11,
              l: { e: { g: 38 }, s: 206 },
              n: 90,
              r: { ".": 152, a: 0, i: 0, s: 169, u: 196 },
              s: { t: { a: { d: 38 } } },
              t: { ".": 38, s: 38 }
            },
            1
          ],
          l: [{ e: { m: 350 }, i: 1, u: 229 }, 7],
          n: { i: { n: 97 } },
          o: { ".": 11, m: { a: 39 }, s: { a: 39 }, t: 88 },
          r: { a: { s: 14 }, i: { k: 473 } },
          s: { e: { r: 1 }, h: 529, t: 182 },
          u: { l: { e: { ".": 23 } }, t: [{ e: 35 }, 32] },
          v: { e: { g: 11 } },
          å: 54
        },
        200
      ],
      l: [
        {
          a: {
            a: 348,
            f: 3,
            k: 88,
            l: 69,
            m: { i: 0 },
            n: { e: 38, l: 12, o: 169, s: [{ k: 15 }, 103] },
            p: { a: 2, s: 18 },
            s: [{ p: 15 }, 1],
            u: { r: [{ e: 36 }, 15] },
            v: { l: 2, r: 15 }
          },
          d: 67,
          e: {
            a: [{ k: 38 }, 22],
            d: { a: { ".": 32 }, r: 41 },
            e: 90,
            f: 88,
            g: { e: { v: 22 }, r: 22 },
            h: { a: 38, o: 38, å: 38 },
            i: { g: 169 },
            k: { i: 0, s: { t: 97 } },
            l: { i: 0 },
            m: 88,
            n: {
              d: { a: { ".": 36 }, e: { n: 15 }, r: 0, t: 11 },
              k: 0,
              s: 95,
              t: { u: 0 },
              u: 0
            },
            p: { l: { e: 15 } },
            r: { i: { k: 512 }, o: { b: 0 } },
            s: [{ o: 23, p: { r: 17 }, t: { ø: 22 } }, 4],
            t: { ".": 38, a: 0, s: 38, t: { e: { l: { e: 36 } } }, æ: 93 },
            u: 88,
            v: { e: { n: 15, v: 61 }, å: 38 },
            y: 31
          },
          é: { ".": 88 },
          g: 530,
          i: {
            e: [{ n: 42 }, 54],
            g: 155,
            m: 88,
            n: { d: 193, s: 0, t: [{ ".": 155 }, 12] },
            p: 90,
            r: 0,
            s: { e: { n: 31 } },
            v: 0
          },
          j: 69,
          k: 530,
          m: [{ u: { e: { n: { e: 33, s: 16 }, r: 49 } } }, 15],
          o: {
            ".": 38,
            b: 17,
            d: 88,
            f: { f: 193 },
            i: { d: 22 },
            k: { s: 15 },
            m: [{ s: 80 }, 261],
            p: [{ p: 15 }, 12],
            r: 259,
            s: { o: 0 },
            t: { e: 11 }
          },
          p: 15,
          r: { a: { n: 16 } },
          s: {
            a: { k: 1, m: { e: { ".": 36 } } },
            e: { m: 1, n: { d: 22 } },
            k: [{ a: { r: 31 }, v: 22, å: 15 }, 5],
            l: { a: { g: 22 } },
            m: { y: 12 },
            n: { o: 23 },
            t: { e: 23, i: { g: 31 } },
            ø: { k: 61 },
            v: { i: { n: { t: 4 } } }
          },
          t: [{ o: { e: 5 } }, 34],
          u: {
            a: 93,
            e: 365,
            f: 0,
            g: 2,
            k: [{ a: 206, e: 193, s: 11 }, 23],
            m: 38,
            n: [{ g: { e: { ".": 36 } } }, 277],
            p: { i: 23 },
            r: 259,
            s: 90,
            t: 259
          },
          v: [{ a: { n: 46 } }, 182],
          y: { s: { e: { ".": 23 } } },
          ø: {
            k: [{ s: 15 }, 0],
            p: { a: { ".": 31 } },
            v: { e: 0 },
            y: { ".": 2, a: 15, e: [{ r: 36 }, 12], n: 473 }
          },
          å: { r: 370, s: 67 }
        },
        200
      ],
      m: [
        {
          a: { ".": 38, n: { m: 12 }, p: 0, r: { k: { i: 0 } }, v: 12 },
          b: 2,
          e: {
            l: { s: 193, u: 0 },
            p: { o: 9 },
            r: { f: 169, i: 61 },
            s: { t: { i: 61 } },
            t: { r: 42 }
          },
          i: {
            l: [{ e: { ".": 32 } }, 38],
            n: { d: 12, g: 38, i: 120, n: { e: 16 }, s: 12, t: 15 },
            s: 152
          },
          l: 15,
          m: 15,
          o: { p: 69 },
          s: [{ j: 31, p: 122 }, 69],
          t: 12,
          u: { l: { e: { ".": 23 } }, t: 12 },
          y: { r: { k: { e: { ".": 46 } } } },
          ø: { ".": 0, s: 97, y: [{ a: 33 }, 473] },
          å: { l: { a: { ".": 31 } }, r: 9, s: 169 }
        },
        188
      ],
      n: [{ a: { b: 88 }, e: 90, i: { u: 23 }, y: 152 }, 188],
      o: {
        a: { l: 69, n: { e: 191 }, r: [{ ".": 166 }, 182] },
        b: [
          { b: { y: { ".": 22, a: { n: 39, r: { ".": 39 } }, e: 22 } }, l: 7 },
          173
        ],
        d: {
          a: 107,
          e: 12,
          r: { i: 85 },
          s: { m: 65, t: { e: 61 }, v: 77 },
          u: 3
        },
        e: { n: { g: 168 } },
        f: { j: 168, t: 164 },
        g: [
          {
            e: [{ v: 531 }, 15],
            i: { r: 1 },
            o: [{ p: 12 }, 28],
            r: { e: { s: 32 }, o: 3 },
            s: { a: 22 }
          },
          172
        ],
        h: 162,
        i: { d: { ".": 15, e: 12 }, n: 69 },
        j: { a: 164 },
        k: {
          i: 69,
          k: { o: 23, u: { l: 31 } },
          l: 402,
          o: { n: 162 },
          s: [{ e: { ".": 32 } }, 532],
          v: 182
        },
        l: { e: { g: { e: { ".": 36 } } }, j: 173, o: 49 },
        m: {
          d: { r: 38 },
          i: { n: 26 },
          m: { e: { l: 23 } },
          s: { t: { r: 33 } }
        },
        n: {
          a: { l: 1 },
          d: 168,
          e: 15,
          g: { r: 41 },
          i: { t: 1 },
          s: { k: { j: 61 } }
        },
        p: [{ a: 12, e: { a: 1 }, p: { a: 22 }, t: 337 }, 173],
        r: {
          a: 69,
          d: [{ a: { ".": 31 } }, 173],
          e: 69,
          g: [{ l: 53 }, 187],
          i: { e: 120 },
          m: 168,
          o: 69,
          ø: { d: 2 }
        },
        s: {
          a: 2,
          e: { k: 4, s: 1, v: 15 },
          k: { l: { e: 23 } },
          l: 69,
          p: 2,
          t: 173
        },
        t: { e: { s: 35 }, i: { ".": 6 }, o: 12, t: { e: { t: 162 } } },
        u: { n: 69 },
        v: [
          {
            a: { l: { d: 61 }, n: [{ d: 35, e: 2 }, 12], r: 12 },
            e: { d: 533, r: { ".": 11, e: 17, n: 38, s: 274, t: 274 } },
            o: 191,
            s: { a: 24 }
          },
          172
        ]
      },
      p: [
        {
          a: [{ r: { e: 22 }, s: 17 }, 152],
          e: {
            d: { o: 0 },
            e: 0,
            i: 88,
            l: [{ e: { g: 38 }, i: [{ n: 0 }, 90] }, 88],
            s: { m: 90 },
            t: { i: 0 },
            u: 88
          },
          h: 7,
          i: [{ n: { e: [{ ".": 22 }, 18] } }, 7],
          l: 7,
          o: { e: { t: 31 } },
          u: { t: 0 }
        },
        188
      ],
      q: 38,
      r: [
        {
          a: { d: { a: 32, i: { u: 103 } }, n: { e: { ".": 31 } } },
          e: {
            d: { e: 23 },
            i: 23,
            k: { a: 32, e: { ".": 32 } },
            v: { a: 32 }
          },
          i: { m: { a: 32 }, v: { e: { ".": 23 } } },
          o: {
            d: { e: { ".": 32 } },
            p: { a: { ".": 31 } },
            s: { a: { ".": 32 }, e: { ".": 23 } },
            t: { s: 17 }
          },
          ø: { r: { e: { ".": 31 } }, v: 22 },
          å: { d: { a: { ".": 32 }, e: { ".": 23 } } }
        },
        534
      ],
      s: [
        {
          a: {
            d: 88,
            g: 36,
            l: { d: 15 },
            m: 1,
            n: { a: 152, k: { e: { ".": 36 } }, o: 169, s: 193 },
            r: { k: 15 },
            t: { ".": 0 }
          },
          c: { u: 0 },
          e: {
            ".": 90,
            d: 88,
            e: 88,
            i: { d: 12, g: 15 },
            l: { e: 193, v: 193 },
            m: [{ b: 15 }, 88],
            n: { o: 0 },
            r: { ".": 152 },
            s: [{ k: { u: 17 }, l: 18, p: { a: 17 }, s: 17, t: { r: 86 } }, 28],
            t: { e: { ".": 23 } },
            u: 88,
            v: 11
          },
          f: 0,
          h: 88,
          i: { g: 38, k: 38, l: { l: 97 }, m: [{ u: 38 }, 0], n: { n: 193 } },
          j: { a: { k: { k: 15 } }, e: { f: 38, g: 12, n: 12 } },
          k: {
            ".": 167,
            a: { b: { i: 15 }, n: 169, r: { i: 15, t: 22 } },
            e: 97,
            i: { f: 14, l: { d: 375 }, n: { n: [{ s: 373 }, 123] } },
            j: { e: { d: 69 }, o: 12 },
            l: [{ æ: 24 }, 11],
            o: { a: 12, r: 15, v: 12 },
            r: { a: 0 },
            s: 6,
            u: { n: 22 },
            v: { a: 2, i: 12 },
            å: [{ p: [{ a: 36 }, 12] }, 0]
          },
          l: [
            {
              a: { g: { a: 5, n: 152 } },
              e: { g: { e: { ".": 36 } } },
              o: 15,
              u: { k: 229 },
              ø: { s: 97 }
            },
            88
          ],
          m: [{ ø: { r: 38 }, å: { l: { a: 36 } } }, 88],
          n: { u: 88 },
          o: {
            k: 18,
            n: { d: [{ e: { ".": 36 } }, 15] },
            r: 259,
            s: { e: 40 },
            t: 38,
            v: 69
          },
          p: {
            a: 88,
            e: { g: 155, i: 38, l: 155 },
            i: 38,
            r: [{ e: { d: 38 }, i: 12 }, 0]
          },
          s: 206,
          t: {
            a: { k: 193, l: 193, n: { k: 11 }, t: 535 },
            e: { ".": 11, d: 1, g: 0, i: 536, l: 1, r: { r: 15 } },
            i: { ".": 4, e: 1 },
            o: { n: 4 },
            r: { e: { n: 15 }, i: 155 }
          },
          u: [{ b: 38, k: 90, n: 69 }, 88],
          v: [
            {
              e: { a: 2, e: [{ n: { ".": 46 } }, 15], k: 97, r: { e: 16 } },
              i: { k: 0, n: { d: 4 } }
            },
            259
          ],
          ø: { r: 0, y: 259 },
          å: 259
        },
        222
      ],
      t: [
        {
          a: {
            a: 0,
            f: 0,
            k: { t: 12 },
            l: [{ a: { ".": 23 }, b: 193, e: { v: 31 } }, 90],
            n: { l: 12, o: 31 },
            r: { t: 12 },
            s: { t: 23 },
            t: { e: { s: 32 }, o: 41, r: 18 },
            v: { k: 12, æ: 38 }
          },
          b: 35,
          e: {
            d: { e: 90 },
            k: { a: 0 },
            m: { a: { ".": 31 } },
            n: { ".": 1, h: 169 },
            p: [{ i: 12 }, 6],
            r: { a: { s: 0 }, s: { t: 169 } },
            s: { a: { m: { e: { ".": 91 } } } }
          },
          i: {
            d: { s: 36 },
            e: { t: 0 },
            f: 88,
            g: 47,
            k: 88,
            n: { a: 0, d: 12, n: 35, s: 12 },
            v: { i: 0 }
          },
          j: { a: 259 },
          l: { e: { g: { e: { ".": 46 } } } },
          n: 35,
          o: { a: { r: 39 }, g: 90, s: [{ t: 12 }, 23] },
          r: [
            {
              a: 90,
              e: {
                g: 12,
                i: 12,
                k: { o: 11 },
                l: 97,
                m: 96,
                n: { s: 0 },
                s: [{ t: 229 }, 12],
                v: 38
              },
              i: { t: 169 },
              o: { l: 12, m: 12, p: { a: 46 }, s: 38 },
              ø: { d: 169 },
              å: 38
            },
            7
          ],
          s: [
            { a: { m: { e: { ".": 46 } } }, i: 9, t: 40, v: [{ i: 23 }, 107] },
            8
          ],
          t: 94,
          u: {
            n: { d: 12 },
            r: { a: 23, e: [{ n: 19, r: 19 }, 80], s: 80, å: 80 },
            t: 88
          },
          v: { ".": 38, a: { l: { a: 46 } }, s: 90 },
          w: 169,
          y: [{ d: 32 }, 90],
          ø: { l: 2, v: 12 }
        },
        188
      ],
      u: {
        a: { r: 32 },
        b: [{ b: { a: { n: { d: 31 } } }, r: { i: 4 } }, 173],
        c: 15,
        e: { r: { e: 2 } },
        f: 172,
        g: { a: { r: 164 }, o: 2 },
        i: [{ d: { e: { r: 36 } } }, 31],
        j: 172,
        k: {
          ".": 162,
          a: { ".": 1 },
          e: { t: 162 },
          k: { e: { r: { i: 31 } } },
          r: 12,
          t: 334
        },
        l: { y: 162 },
        m: [{ e: { l: 4 }, o: 7, s: { k: 31 }, ø: 1 }, 0],
        n: {
          d: { r: 42 },
          e: { ".": 1 },
          g: { e: { l: 23 } },
          i: 537,
          n: { e: 22 },
          s: { j: 164 },
          t: 162
        },
        o: 4,
        p: { s: 23, u: 107 },
        r: {
          e: [{ i: 168, n: 15 }, 28],
          i: 15,
          n: [{ a: 32, e: { ".": 32 } }, 274],
          t: { a: 32 }
        },
        s: {
          ".": 172,
          a: [{ k: 2 }, 17],
          e: { l: 4 },
          h: { e: 16 },
          k: 233,
          o: 53,
          s: { i: { d: 23 }, t: 41 },
          t: [{ r: 255 }, 54]
        },
        t: {
          a: [{ ".": 12 }, 18],
          e: { t: 2 },
          f: 168,
          g: 162,
          h: [{ e: 538 }, 475],
          l: { a: 33 },
          m: 31,
          o: 69,
          r: 26,
          s: 173,
          t: { a: { l: 23, p: 23, t: 53 } },
          v: 168
        },
        v: [{ a: 1, e: { ".": 1, n: 35, r: 35 } }, 172]
      },
      v: [
        {
          a: [
            {
              ".": 0,
              k: [{ t: { i: 0 } }, 31],
              l: { a: 31 },
              m: 365,
              n: { a: 0, d: 6 },
              p: 94,
              r: { ".": 152 },
              s: { a: 2, s: 169 }
            },
            153
          ],
          e: {
            d: { a: 65 },
            i: { s: 19 },
            l: { a: 0, e: 0 },
            n: [{ e: 39 }, 1],
            r: { ".": 155, a: { u: 39 }, u: 0 },
            s: { k: 0, l: 22, t: { r: 22 } },
            t: { ".": 252 }
          },
          é: 155,
          i: [
            {
              e: { n: { e: 32 }, r: 39 },
              k: { a: { ".": 31 } },
              m: 35,
              n: { g: { r: 80 } },
              r: { o: 12 }
            },
            153
          ],
          j: 69,
          l: { y: { s: { e: { ".": 46 } } } },
          n: 367,
          o: { f: 69, k: { s: 120 }, p: 35, r: { e: { ".": 32 }, s: 5 }, v: 9 },
          p: 97,
          r: { a: { r: 46 }, i: 35 },
          s: [{ e: 15, k: 40, l: 31 }, 8],
          t: { a: 35 },
          å: [{ g: 90, p: 539, r: 31 }, 69]
        },
        167
      ],
      w: 38,
      y: {
        a: 69,
        b: 173,
        d: { r: 118 },
        e: [{ s: 18 }, 15],
        g: { e: { l: 1 }, l: 20 },
        i: { s: 6 },
        k: { j: 173, k: { e: { r: { i: 31 } } }, u: 15, v: 2, ø: 168 },
        l: 15,
        m: { e: 15, p: 173 },
        n: { a: 107, e: { ".": 1 }, i: { l: 26 }, s: 82 },
        o: [{ k: 15 }, 173],
        p: { e: 12 },
        r: [{ a: { ".": 6 }, e: { ".": 4 }, k: 306 }, 370],
        s: {
          a: { ".": 1, k: 158 },
          e: { t: { e: { ".": 36 } } },
          k: [{ j: 24, l: 39 }, 5],
          l: 129,
          p: 162,
          t: { r: { a: 49 } },
          y: 168
        },
        t: {
          a: { ".": 6 },
          e: { k: 162, r: { i: 1 }, s: 17 },
          i: { n: 229 },
          r: 69
        },
        v: { a: { k: 15 }, e: 12 }
      },
      z: [{ b: 97 }, 90],
      æ: [
        {
          d: 168,
          r: {
            a: { ".": 4, r: [{ m: 23 }, 15] },
            e: { ".": 1, i: 18, r: 12, s: [{ ".": 15 }, 99] },
            s: { v: 31 }
          },
          t: { a: 4 }
        },
        216
      ],
      ø: [
        {
          d: { e: { ".": 12, l: 1, m: 15 } },
          e: { r: 1 },
          k: { k: { j: 22 }, n: 187, o: 173, r: 26 },
          l: 149,
          m: { e: 35 },
          n: { a: 7, s: { t: 17 } },
          p: { s: 47 },
          r: { d: 337, k: 19, n: 22, r: 248 },
          s: { ".": 166, a: [{ n: 15 }, 7], e: { r: 15 }, k: 24, s: 24 },
          t: [{ a: { ".": 35 }, e: { ".": 12, g: 1 } }, 173],
          v: { a: { r: 49 }, d: 540, e: { ".": 1, r: 12, s: 15 } },
          y: {
            ".": 168,
            a: 162,
            d: 173,
            e: [{ d: 32, l: 22 }, 162],
            f: 173,
            g: [{ e: 17 }, 23],
            m: 162,
            s: { ".": 274 },
            t: { e: { r: 22 } }
          }
        },
        172
      ],
      å: {
        g: { a: { l: 4 }, r: { e: 4 }, s: 5, å: 1 },
        i: 173,
        k: [{ e: { ".": 4 } }, 182],
        m: { e: 35, o: 233 },
        n: [{ d: 274, s: 261 }, 7],
        p: [{ n: 541 }, 173],
        r: [{ a: { ".": 6, r: 35, s: 15 }, i: { n: 12 }, u: 69 }, 173],
        s: {
          a: { ".": 4 },
          k: [{ o: 4 }, 69],
          l: 26,
          t: { e: [{ n: 61, r: 22 }, 1] },
          u: 15
        },
        t: { e: { ".": 12, g: 1, k: 1 }, i: { ".": 6 }, t: 162 },
        v: { e: { ".": 1 } }
      }
    },
    m: {
      a: [
        {
          a: [{ ".": 164, r: 12 }, 173],
          b: [{ r: 15 }, 173],
          c: { h: { e: 12 } },
          d: { a: { m: { e: 17 } }, e: { l: 1 }, r: { a: 12 }, s: 542 },
          e: { f: 162, k: 162, n: { e: 191 } },
          f: [{ i: { a: 164 }, r: [{ å: 168 }, 164] }, 189],
          g: { a: { ".": 6 }, e: { d: 1, l: 1, s: 1 }, n: 164, r: 7 },
          h: { e: 173 },
          i: { s: 1 },
          j: { a: 1 },
          k: {
            ".": 173,
            a: { b: 15, d: 162 },
            e: { s: 1 },
            k: { e: 61 },
            l: [{ e: 31 }, 162],
            o: { t: 1 },
            r: [{ e: 12, o: { n: 22 } }, 28],
            t: { a: { l: 23 }, i: 181, o: 23, s: { t: 103 } },
            u: 69,
            v: 189
          },
          l: {
            a: 69,
            e: { b: 2, n: { g: 4 }, t: 1 },
            i: { e: { n: 260 } },
            l: 22,
            o: { v: 1 },
            s: 5,
            t: { e: { k: 53 } },
            u: 24,
            å: 24
          },
          m: { e: { r: 162 }, o: 12 },
          n: {
            ".": 0,
            a: { k: 12, l: 90, m: 168, v: 162 },
            c: { e: 32 },
            d: { o: { m: 23, n: 23 } },
            e: 12,
            f: 0,
            g: { a: 42, e: 11, r: 162 },
            i: { a: 91 },
            l: [{ e: 90 }, 173],
            m: 162,
            n: [{ e: { m: 23 }, s: { l: 14 } }, 337],
            o: 1
          },
          o: 173,
          p: { a: 162, r: 173 },
          r: {
            b: 162,
            d: 19,
            e: { ".": 191, g: 168, i: 12, l: 2, n: 543, s: 15 },
            i: [{ e: { n: { e: 208 } }, n: 12 }, 544],
            k: { a: 0, i: { t: 162 }, v: 23 },
            m: [{ o: { r: { a: { ".": 33 } } } }, 22],
            n: 61,
            o: [{ p: 163 }, 69],
            s: { h: 65, l: 61 },
            t: { e: 22 },
            y: { ".": 1 },
            å: 4
          },
          s: {
            e: { l: 162, t: 15 },
            h: 18,
            i: { a: 1, k: 1, s: 1 },
            j: { u: 168 },
            k: { i: 23, o: 162 },
            p: 162,
            s: { e: { e: 23, t: 31 }, ø: 33 },
            t: { ".": 191, e: { m: 15 }, o: 162, r: 236 },
            y: 173
          },
          t: [
            {
              a: [{ d: 15 }, 69],
              e: [
                { ".": 1, d: 4, l: 1, n: 191, r: { ".": 191, a: 168 }, t: 191 },
                12
              ],
              f: { e: 306 },
              i: { l: [{ ".": 191 }, 162] },
              o: 69,
              r: [{ a: [{ s: 26 }, 162], e: 85, o: { m: 21 } }, 69],
              s: [{ l: 46 }, 82],
              t: { a: 22, r: 545 }
            },
            11
          ],
          u: [{ k: 23, l: 61, n: 69, r: 166, s: { u: 61 } }, 173],
          v: [{ e: [{ n: 15 }, 546], h: 152, k: 38 }, 173],
          z: { e: 1, o: 12 }
        },
        172
      ],
      b: [
        {
          a: { o: 0, r: { d: 18 } },
          e: {
            a: 88,
            b: 0,
            d: { a: 39, ø: 0 },
            f: 88,
            k: 88,
            l: { i: 0 },
            m: 88,
            n: { a: 0 },
            o: 0,
            r: { e: { g: 0 }, o: 0 },
            t: 183
          },
          i: { a: { r: 31 }, b: 88 },
          l: 89,
          o: {
            e: [{ n: { d: 23 }, r: { ".": 22, e: 22 } }, 183],
            i: { d: 22 },
            n: 22,
            p: 0,
            r: { e: 22 },
            t: 39
          },
          u: { a: { r: { ".": 61 } }, e: [{ r: { e: 16 } }, 23], s: 17 }
        },
        188
      ],
      c: [{ o: 11 }, 153],
      d: [{ e: 90, o: { m: 2 } }, 174],
      e: [
        {
          a: [{ l: 15, m: 22 }, 420],
          b: 173,
          c: [{ k: 5 }, 173],
          d: {
            a: { t: 162 },
            b: 173,
            e: { ".": 166, d: 1, i: 22, n: 2, t: 2 },
            f: 162,
            i: [{ k: 162, r: 162 }, 12],
            m: 173,
            o: { k: 4, m: 162 },
            r: [{ e: { t: 4 } }, 173],
            s: 177,
            u: [{ n: 4, s: 9 }, 162],
            v: [{ e: 191 }, 22],
            y: 173,
            å: 162
          },
          e: [{ f: 173, k: 168, l: 173, s: 162, v: 162 }, 2],
          f: [{ f: 90 }, 173],
          g: { a: [{ l: 2 }, 547], r: 173, u: 173 },
          h: 162,
          i: {
            e: [{ n: 17 }, 28],
            g: 153,
            l: { d: 12 },
            n: { d: 12, i: 22 },
            s: { k: 2, o: 162 }
          },
          j: 173,
          k: {
            i: 162,
            j: 162,
            k: 173,
            l: 129,
            n: 12,
            o: 162,
            r: 548,
            s: 162,
            t: [{ e: 168 }, 22]
          },
          l: [
            {
              a: [{ k: { s: 9 }, n: { e: 166 }, r: 166 }, 162],
              e: [{ ".": 1, d: 162, i: 162, k: 162, m: 324, n: { g: 26 } }, 12],
              i: { k: 162, s: 162, t: 162, v: 162 },
              l: { e: 22, o: { m: 549 } },
              o: { k: 162, v: 162 },
              s: { i: 23, j: 255, k: 103, t: 42 },
              t: { r: 61 },
              u: 69,
              v: [{ i: 120 }, 22],
              y: 173,
              æ: 173,
              ø: 162,
              å: 550
            },
            88
          ],
          m: [{ o: { ".": 4 } }, 173],
          n: {
            e: { d: 83, r: { s: 3 } },
            g: { a: 248 },
            k: 22,
            l: { e: { g: { e: { ".": 120 } } } },
            n: [{ y: 23 }, 11],
            o: { m: 1, r: 1 },
            s: { i: 23, m: 24, p: { l: 22 } },
            t: { e: [{ k: 31 }, 22], o: { m: 23 }, r: 22 },
            y: { t: 1 }
          },
          o: [{ s: 4 }, 285],
          p: 173,
          r: {
            ".": 166,
            a: { b: 4, d: 162, l: 223, n: { t: 26 } },
            d: { i: 22 },
            e: {
              d: 162,
              g: 162,
              i: 162,
              k: 162,
              l: 162,
              n: { s: { e: 4 } },
              s: [{ s: 162 }, 12],
              t: 36
            },
            i: [{ b: 236, k: { e: 17 }, n: 166 }, 0],
            l: { e: { g: 58 } },
            n: 39,
            o: { s: 22 },
            s: [{ k: 22 }, 166],
            u: { n: [{ d: 22 }, 12], s: 162 },
            y: 173,
            ø: 107,
            å: [{ k: 1 }, 173]
          },
          s: {
            ".": 166,
            a: 286,
            h: 383,
            j: 173,
            k: [{ e: 22 }, 189],
            l: [{ e: 31 }, 189],
            o: 551,
            p: 173,
            s: [{ e: { s: 141 } }, 166],
            t: {
              ".": 191,
              a: 162,
              e: { ".": 166 },
              i: 23,
              o: 204,
              r: [{ o: 15, ø: 168, å: 162 }, 18],
              u: 162
            },
            u: 162,
            y: 173,
            ø: 173
          },
          t: {
            a: { b: 162, l: { l: { s: 552 } }, p: 553, r: 1 },
            e: [{ g: 162, i: 162, k: 162, l: 162, p: 162 }, 12],
            i: { l: 162 },
            j: 173,
            o: { n: 162 },
            r: {
              a: 85,
              e: [{ n: 22, r: 61, s: 22 }, 1],
              i: { k: 22 },
              u: 1,
              æ: 162
            },
            u: 173,
            v: 162,
            y: 173,
            ø: 173,
            å: 162
          },
          u: [{ s: 554 }, 307],
          v: [{ a: { n: 46 } }, 173],
          ø: 173,
          å: 173
        },
        172
      ],
      é: 173,
      f: [
        {
          a: { r: { a: 39, t: { a: 46 } }, v: 17 },
          e: { k: 88, s: { s: 367 } },
          i: { ".": 0, b: { r: 0 }, t: 88 },
          r: { u: { s: 555 } },
          u: { n: { n: { s: 556 } }, s: { e: { ".": 31 } } }
        },
        188
      ],
      g: [
        { a: { ".": 0 }, i: { ".": 0 }, å: { v: { a: 32, e: { ".": 32 } } } },
        411
      ],
      h: [{ e: { a: 5 }, u: { ".": 0 } }, 188],
      i: [
        {
          a: [{ l: 557, n: [{ e: 301 }, 28], r: { ".": 191 }, v: 173 }, 69],
          c: [{ h: { e: { l: 120 } } }, 4],
          d: { é: 522, i: 173, j: 22, s: 65, t: 23 },
          e: { l: { e: 265 }, r: { ".": 12 }, s: 143 },
          f: 286,
          g: { r: { a: { f: 166 } } },
          h: 173,
          i: 173,
          j: 162,
          k: {
            h: 31,
            j: 162,
            o: 173,
            r: { o: { ".": 22, n: 22 } },
            s: { a: 22 },
            u: 168
          },
          l: {
            a: { ".": 1 },
            e: { t: [{ i: 61 }, 36], v: 1 },
            i: [{ n: 162 }, 2],
            s: { v: 47 },
            æ: 162
          },
          m: [{ a: { ".": 6 }, o: 166, p: 152 }, 173],
          n: {
            a: { ".": 1, r: 15 },
            e: { ".": 1, r: { s: 26 } },
            n: { h: 181, s: 181, t: 168 },
            s: [{ p: 24, t: 5 }, 28],
            u: 12,
            v: 0,
            y: 26
          },
          o: { v: 2 },
          p: 173,
          s: {
            a: [{ n: 1 }, 162],
            e: [{ k: 162, l: 162 }, 12],
            é: 301,
            h: { a: { g: { e: 33 } } },
            i: 268,
            k: [{ o: 23 }, 7],
            l: { a: 34, e: 39 },
            m: 191,
            s: { k: 53, p: 30 },
            t: { a: { k: 33 }, e: 558, r: { a: 23 }, u: 162 },
            y: 173,
            å: 162
          },
          t: { a: 168, e: 12, j: 162, o: 162, r: 406, t: { s: 18 } },
          u: { r: 15 },
          v: [{ å: 15 }, 173]
        },
        172
      ],
      j: {
        a: { ".": 11, n: 11, r: { ".": 38, n: 152 } },
        e: [{ ".": 152 }, 173],
        i: [{ n: { g: { a: { n: 93, r: 93 } } } }, 153],
        o: 167,
        u: { k: { e: 61 } },
        ø: [{ s: { t: 17 } }, 172]
      },
      k: [
        {
          o: { ".": 0 },
          r: { o: 17 },
          u: { l: { e: { ".": 31 } } },
          å: { p: { a: 32 } }
        },
        397
      ],
      l: [
        {
          a: [{ g: { a: 31 } }, 152],
          e: {
            f: 88,
            i: { e: { r: { ".": 17 } } },
            k: 88,
            l: 88,
            m: 88,
            r: { a: 0 },
            s: { e: { ".": 31 }, k: 0, v: 559 },
            t: { a: 0 },
            v: { e: { ".": 23 } }
          },
          i: 4,
          j: { a: 15 },
          y: { s: { e: { ".": 31 } } },
          ø: { p: { e: { ".": 31 } }, y: 18 }
        },
        181
      ],
      m: [
        {
          a: {
            i: 11,
            k: { l: 22 },
            l: [{ e: { ".": 32 } }, 17],
            m: 0,
            n: { d: { o: [{ l: 36 }, 139] } },
            r: [{ i: { n: 16 }, o: 16 }, 38],
            t: { i: { k: { k: { a: 170 } } } }
          },
          e: {
            d: { ø: 0 },
            g: 88,
            i: 88,
            k: 247,
            l: { u: 0 },
            n: { i: 11, u: 0 },
            r: { t: 17, u: { n: 23 } },
            s: [{ t: 120 }, 458],
            t: { ".": 38, a: 0, i: 0, r: { a: 0, e: 19 } },
            u: 24
          },
          é: 90,
          i: {
            a: [{ n: 152 }, 0],
            b: 88,
            d: 0,
            e: { n: 36 },
            k: 88,
            s: { k: 22, o: 22, t: 24 }
          },
          n: 15,
          u: 90,
          ø: 28,
          å: { l: { a: { ".": 32 } } }
        },
        560
      ],
      n: [
        {
          e: {
            e: 88,
            i: { d: 2 },
            l: 561,
            r: { a: 23 },
            s: { e: 38, k: 0, t: { a: 0, i: { e: 49 } } },
            t: { ".": 155, e: 0 },
            v: 88
          },
          i: { p: 11 },
          s: { k: 2 }
        },
        188
      ],
      o: [
        {
          a: [{ r: 7 }, 164],
          b: { a: 162 },
          d: { e: [{ m: 12 }, 166], i: [{ ".": 4 }, 15], y: 173 },
          e: [{ n: { ".": 1 } }, 164],
          f: { f: 153, o: { b: { i: { ".": 36 } } } },
          g: { i: 4, l: 166, o: 15, s: 38 },
          h: 162,
          k: { a: [{ ".": 6 }, 173], e: 6, i: 69 },
          l: { a: { ".": 4 }, e: [{ ".": 1, s: 472 }, 12], t: 162, y: 12 },
          m: { ".": 38, f: 162, r: 173, s: { ø: 53 } },
          n: {
            e: 15,
            i: { s: { a: 1 } },
            o: 7,
            s: [{ t: { e: 23 } }, 54],
            t: 19
          },
          p: 173,
          r: {
            a: [{ ".": 1, r: [{ ".": 2 }, 1] }, 562],
            d: { e: 19, l: 162, r: 47 },
            e: [{ s: 58 }, 12],
            i: [{ ".": 1, d: 4, e: 563 }, 88],
            k: { l: 23 },
            l: { a: { g: { a: 91 } } },
            o: { k: 15, m: 1 },
            s: { i: 23, k: { j: 23, y: 61 }, p: 23 },
            ø: 69
          },
          s: { e: { n: 35 }, k: 564, o: 23, t: { a: { b: 168 } } },
          t: {
            a: { p: 162 },
            e: {
              ".": 1,
              g: { e: 565 },
              i: 1,
              k: { l: 16 },
              r: { ".": 15 },
              s: 1
            },
            o: 15,
            r: [{ e: 61 }, 162],
            s: [{ a: { g: { d: 168 } }, v: { a: 139 } }, 180],
            t: 61
          },
          u: { r: 17 },
          v: { a: 218 },
          w: 15
        },
        172
      ],
      p: [
        {
          a: { n: { a: 0, t: { a: 169 } } },
          e: {
            e: 0,
            l: { o: { t: 0 } },
            n: { a: 11 },
            p: 11,
            r: {
              a: { t: { e: { ".": 91 } } },
              e: { s: [{ s: 11 }, 22] },
              f: { a: 169 },
              i: { e: { n: 510 } }
            },
            s: [{ t: { e: 36, i: 23 } }, 183],
            t: { t: 38 },
            u: 227
          },
          i: { d: 12, n: { j: { e: 0 } } },
          l: { a: { ".": 93, n: 89 }, e: { ".": 15 }, i: { n: 97 } },
          n: 97,
          o: {
            b: 97,
            e: [{ t: { a: 0 } }, 5],
            g: 0,
            k: 11,
            p: [{ p: 12 }, 88]
          },
          p: 370,
          r: { a: { d: 12 }, e: { t: 15 }, o: { p: [{ a: 46 }, 12] } },
          s: [{ e: { k: 12 }, p: 23, t: 20 }, 69],
          u: { n: { g: { e: { ".": 36 } } }, r: 155, t: { ".": 15 } },
          y: { s: 15 },
          ø: 22,
          å: { ".": 155 }
        },
        222
      ],
      q: 90,
      r: [
        {
          o: { s: { a: { ".": 32 }, e: { ".": 31 } } },
          u: { t: { e: { ".": 61 } } },
          ø: { d: { e: 39 } },
          å: { r: 155 }
        },
        566
      ],
      s: [
        {
          a: { ".": 38, k: 69, n: { t: 15 } },
          c: 153,
          e: {
            l: { u: 22 },
            i: 437,
            m: 0,
            n: { g: 193 },
            p: { l: 9 },
            r: { v: 0 },
            s: 22,
            t: { n: 149, j: { a: { r: { e: 127 }, s: 148 } } }
          },
          i: { e: 31, n: { g: 1, n: 12 } },
          j: { a: 169 },
          k: {
            a: { b: 15, k: 49 },
            i: { n: [{ g: 22 }, 4] },
            n: 34,
            o: { r: 12 },
            r: { e: { n: 15 } },
            u: 32
          },
          l: { a: { n: 12 }, e: { g: { a: 4 } }, u: { a: 35, e: 12 }, y: 1 },
          m: 88,
          n: [{ e: 35, o: 15, æ: 12 }, 150],
          o: [{ m: { s: 0 }, r: { i: 12 }, v: 69 }, 153],
          s: 67,
          t: {
            a: { l: 193, v: 6 },
            e: { ".": 206, a: 2 },
            i: [{ l: { b: 15 }, m: 12 }, 7],
            o: [{ p: [{ p: 149 }, 169], r: { d: 22 } }, 153],
            r: {
              a: { n: { d: 93, e: 38 } },
              e: { d: 22, f: 15, n: 22 },
              i: { k: 15 },
              u: 1
            }
          },
          u: { n: { n: 12 }, t: { a: 39, e: { n: 61 } } },
          v: [{ a: { r: { a: 49, e: 17 } }, e: { t: 89 } }, 69],
          y: { n: { d: 12 } },
          ø: { k: { e: { ".": 23 } }, r: 169, y: 69 },
          å: 69
        },
        168
      ],
      t: [
        {
          a: 90,
          b: [{ e: 36 }, 1],
          e: { e: 88, g: 88, k: { s: 58, v: 284 }, l: 0, s: { t: { u: 11 } } },
          i: {
            a: 39,
            d: { a: 155 },
            e: [{ n: { ".": 11 } }, 22],
            f: 11,
            k: 88,
            n: { i: 11 },
            ø: [{ r: 120 }, 0]
          },
          o: 38,
          r: 1,
          v: { e: 4, i: { n: 1 } },
          å: 22
        },
        188
      ],
      u: [
        {
          a: 4,
          b: 150,
          e: [{ l: 12, r: 61, s: 176 }, 7],
          g: [{ l: 22 }, 173],
          h: { e: 1 },
          k: [{ a: 522, e: 187 }, 7],
          l: {
            a: 15,
            e: { g: 1, s: 36 },
            l: [{ s: 202 }, 183],
            t: { i: { v: 31 } },
            y: 162
          },
          m: [{ i: 12, s: 28 }, 191],
          n: {
            c: 28,
            e: { s: 120 },
            g: [{ e: { ".": 31 } }, 162],
            i: { v: 274 },
            k: 24,
            n: { s: 80 },
            t: { r: 41 }
          },
          r: { a: { ".": 4 }, e: { ".": 1 }, n: 173, s: 5, t: 168 },
          s: [
            {
              e: { ".": 1, s: 133 },
              é: 1,
              k: [{ e: { l: { a: 145 } } }, 107],
              t: [{ a: { n: 22 } }, 5]
            },
            88
          ],
          t: [
            { a: [{ ".": 6 }, 567], s: { a: { l: { a: 91 } } }, t: { r: 77 } },
            173
          ]
        },
        172
      ],
      v: [
        {
          a: { k: { t: 17 }, l: { a: 31 }, r: { i: 120 } },
          e: { g: { s: 78 } },
          i: { e: 77, s: { e: { ".": 31 } } }
        },
        188
      ],
      w: 173,
      y: [
        {
          a: 15,
          g: { g: { a: 23 } },
          k: { e: 12, k: { e: { s: 23 } }, l: 24, r: 6 },
          r: {
            a: [{ n: 35, r: 35 }, 7],
            e: [{ ".": 1 }, 69],
            k: [{ e: 38 }, 162],
            u: 26
          },
          s: [{ a: 4, e: { ".": 1 }, o: 1 }, 24],
          t: { e: { ".": 1 }, t: { s: 116 } }
        },
        172
      ],
      æ: [{ l: { a: { ".": 4 } } }, 166],
      ø: [
        {
          b: { l: 24 },
          d: { e: { s: 2 } },
          e: [{ n: { s: 35 } }, 4],
          k: { k: { a: 36 }, n: 90, o: 173 },
          n: { a: 4, e: { ".": 1, s: [{ t: 6 }, 49] }, s: { k: 274 } },
          o: 7,
          r: { k: { e: 164, r: 53 }, s: { m: 22 }, ø: 24 },
          s: { e: 15 },
          t: [{ a: { s: 35 }, e: { r: { e: 1 } }, t: 39 }, 191],
          y: [{ a: { r: 39 }, s: { ".": 38 } }, 173]
        },
        172
      ],
      å: [
        {
          ".": 173,
          a: 15,
          e: { n: { h: 168 } },
          g: 530,
          k: [{ a: { ".": 1 }, e: { ".": 1, s: 1 } }, 69],
          l: [
            {
              a: { r: 15 },
              e: { ".": 1, d: 4, i: 18 },
              ø: { p: { e: { ".": 36 } } }
            },
            11
          ],
          n: { e: { s: [{ e: 35 }, 205] } },
          p: { a: { ".": 6 }, e: { ".": 1 }, l: 2 },
          r: [{ a: { r: 36 }, e: 69, o: 69, u: 69 }, 173],
          s: 182,
          t: { a: { k: 4 }, f: 168, r: 15, ø: 12 }
        },
        172
      ]
    },
    n: {
      a: [
        {
          a: { n: { s: 4 } },
          b: { o: [{ r: { t: { r: 309 } }, t: 4 }, 173], y: 162 },
          d: { e: { d: 1, m: 6 }, i: 5, o: { p: 90 }, s: 261, v: 162 },
          f: [{ f: 153, o: { r: 16 }, r: 12, t: 61 }, 167],
          g: { a: { ".": 6 }, e: [{ n: 162 }, 12], s: [{ å: 14 }, 65], ø: 2 },
          h: 168,
          i: { r: 162 },
          k: [
            {
              k: [{ a: 61, o: 31 }, 11],
              l: 166,
              r: 69,
              s: [{ a: 32, e: { ".": 32 } }, 153],
              t: [{ a: { ".": 31 }, i: 274 }, 222],
              v: 2
            },
            173
          ],
          l: {
            a: { g: 35, r: { e: 4, v: 168 } },
            e: { g: 2, i: 85, k: 1, p: { o: 22 }, s: 1, t: { t: 26 }, v: 1 },
            g: [{ e: { ".": 31 } }, 22],
            i: { l: 1 },
            l: { a: { g: 31 }, ø: { p: 23 } },
            o: { p: 24 },
            s: 179,
            t: 24,
            u: { r: 12 },
            y: 173,
            ø: 233,
            å: [{ r: 568 }, 162]
          },
          m: { ".": 166, e: { r: { e: 2 }, s: 15 }, o: 569, s: 166, ø: 173 },
          n: {
            ".": 301,
            a: [{ l: 90 }, 162],
            e: 11,
            f: { ø: 91 },
            g: { r: 248 },
            k: [{ e: { ".": 31 } }, 22],
            l: [{ e: 274 }, 181],
            n: { e: 23 },
            o: 26,
            s: { i: { n: 23 }, k: { j: 23 }, t: 53 },
            y: 162
          },
          o: 2,
          p: [{ e: [{ s: 5 }, 15], s: 65 }, 94],
          r: {
            ".": 0,
            a: { p: 1 },
            b: 173,
            d: { r: 22 },
            e: { a: 162, i: 61, k: 236 },
            i: { e: { n: 271 }, k: { s: { k: 191 } } },
            k: { i: { v: 162 } },
            m: [{ é: 274, e: 274, a: { ".": 32 } }, 175],
            s: [{ t: { e: 32 } }, 22],
            t: [{ a: { ".": 31 }, i: 22 }, 173],
            v: 61,
            ø: 22
          },
          s: {
            a: { r: 18, s: 1 },
            h: 61,
            i: { k: 167 },
            k: { i: 1 },
            t: [{ a: 14 }, 245],
            u: 167
          },
          t: {
            a: 69,
            e: { k: 46, m: 2 },
            l: 162,
            o: { m: 162, r: { i: { e: 570 } } },
            r: { a: 32 },
            s: { p: 24 },
            t: { a: { k: 31 }, e: { a: 31 } },
            y: 17
          },
          u: { k: 173, s: { p: 36 } },
          v: {
            a: { ".": 4 },
            d: 162,
            f: 168,
            g: 173,
            h: 361,
            i: 69,
            k: 248,
            l: [{ e: { s: 23 } }, 162],
            n: 164,
            o: 168,
            r: 162,
            s: 153,
            t: 162
          }
        },
        172
      ],
      n: [
        {
          a: {
            n: [
              { s: 169, a: 15, e: 155, i: 32, k: 169, l: 38, t: { a: 96 } },
              1
            ],
            b: 1,
            d: [{ ".": 15 }, 88],
            f: { t: 35 },
            i: { r: 15 },
            k: 330,
            l: { a: 0, g: 15 },
            m: { e: 0 },
            r: { ".": 155, i: 0 },
            s: { i: 11, k: 0 },
            t: 88,
            v: [{ l: 12 }, 88]
          },
          b: { o: { e: 49 }, u: { e: 49 } },
          d: [{ ø: [{ r: 203 }, 5] }, 122],
          e: {
            a: { ".": 38, p: 38 },
            b: { a: { r: 38 }, e: { r: 91 }, u: 38 },
            d: { i: 0 },
            e: 88,
            f: 11,
            i: 69,
            k: { e: 90 },
            l: { o: 0 },
            n: [{ a: { t: 31 }, o: 41 }, 89],
            r: { ".": 155, e: { l: 0 }, o: 0 },
            s: { ".": 152, j: 11, l: { a: 439 }, t: 196, ø: 0 },
            t: { ".": 149, e: 0 },
            v: 88,
            y: 88
          },
          g: 94,
          h: { ø: { r: { e: { ".": 46 } } } },
          i: {
            d: [{ e: 12 }, 0],
            e: 24,
            m: 88,
            n: { f: 2 },
            s: [{ j: 23, t: 344 }, 38]
          },
          k: 530,
          l: { e: { g: { e: { ".": 36 } } }, ø: { p: { e: { ".": 36 } } } },
          o: {
            ".": 0,
            f: 15,
            m: [{ s: [{ y: { n: { a: 242 } } }, 4] }, 261],
            p: 69,
            r: [{ d: 2 }, 593],
            v: { e: 366 }
          },
          r: 35,
          s: {
            a: { k: { a: 49 }, m: { b: 26 }, n: { d: 22 }, r: 24 },
            e: {
              g: 15,
              i: { g: 91 },
              m: 85,
              n: { k: 3 },
              s: 85,
              t: { e: { ".": 36 } }
            },
            i: { d: { a: 16 }, n: 85, s: 355 },
            j: { a: { k: 3 } },
            k: { a: { n: 22 }, l: { i: 9 } },
            o: { p: 22, r: 24 },
            t: [
              {
                a: { b: 3, l: 22 },
                e: { l: { t: 22 }, n: 23, p: 22 },
                i: { n: 61 },
                o: { p: 22 },
                r: { e: 3, o: 22 },
                v: 24
              },
              36
            ],
            u: { l: 26 },
            v: { a: 24, o: 3 },
            y: { n: { a: 46 } },
            ø: [{ k: 24 }, 7],
            å: { r: 568 }
          },
          t: [{ e: { s: { e: { ".": 36 } } }, o: { g: { a: 49 } } }, 60],
          u: { i: 54, n: { g: 4 }, t: 69 },
          v: { i: { s: 5 } },
          y: { n: 69, t: 23 },
          ø: { k: 2, v: 69 },
          å: 69
        },
        162
      ],
      b: [
        {
          a: [{ d: 24, s: { e: { r: 39 } } }, 572],
          e: { n: { s: 5 } },
          o: { e: { t: 22 } },
          u: { f: 11, t: { r: 11 } },
          y: { r: 17 },
          ø: { l: { e: 39 }, n: 31 }
        },
        571
      ],
      c: [
        {
          a: 38,
          e: { l: 17 },
          h: { e: [{ i: 24 }, 90] },
          o: { t: 11 },
          y: 458
        },
        153
      ],
      d: [
        {
          a: {
            a: { ".": 152 },
            b: { i: 11 },
            d: 0,
            f: 22,
            g: [{ s: 14 }, 573],
            k: { s: 0 },
            l: [{ f: 0, l: 169, s: 203 }, 90],
            r: { k: 0, t: 367 },
            s: { k: 93 },
            t: { a: { l: 22 } }
          },
          d: 9,
          e: {
            ".": 90,
            a: 22,
            b: 88,
            d: 88,
            f: { i: 38 },
            i: [{ n: 1 }, 69],
            k: [{ l: 0, o: 0 }, 4],
            l: [{ e: { ".": 23 }, i: { k: 0 }, s: { k: 5, t: 5 }, t: 31 }, 574],
            m: [{ ".": 38, o: 22 }, 88],
            n: { ".": 38, e: { r: 11 }, s: 38 },
            o: 575,
            p: 88,
            r: {
              a: { b: 0, s: 0 },
              e: { i: 0 },
              i: { m: 0 },
              k: 4,
              l: { a: { g: { a: 123 } } }
            },
            s: { i: 0, t: 0, u: 0 }
          },
          é: 153,
          i: {
            e: { n: 23 },
            n: { t: 193 },
            s: { k: 31 },
            t: { o: { r: { i: [{ e: 518 }, 373] } }, t: { a: 271 } }
          },
          j: { e: { r: 12 }, u: 69 },
          k: 15,
          l: { e: { m: 1, s: { e: 1, t: 1 }, v: 1 } },
          m: 206,
          o: {
            a: 39,
            b: 11,
            k: { k: 97 },
            m: { s: 576 },
            o: 88,
            p: 69,
            r: [{ g: 12, m: 15 }, 88],
            t: { e: 11 }
          },
          r: {
            a: { e: 15, m: 193, n: 12 },
            e: { k: 4, r: { a: 5 }, s: { e: { n: 15 } }, t: { t: 15 } },
            i: 69,
            o: 153
          },
          s: {
            a: { g: 1, k: 24, m: { b: 26 } },
            e: { l: { v: 22 }, n: { d: { e: 22 } }, r: 1 },
            j: { e: 1 },
            k: { j: 1, u: { l: 61 } },
            l: { a: { g: { a: 120 } }, e: { t: { t: 31 } } },
            p: { u: 2 },
            t: { e: [{ g: 39 }, 34], r: { e: { k: 22 }, y: 15 } }
          },
          t: { a: { k: { a: { ".": 36 } } } },
          u: {
            f: 11,
            i: { s: 24 },
            n: [{ g: [{ e: { ".": 36 } }, 12] }, 0],
            p: 88,
            s: { i: 31, k: 16 }
          },
          v: 2,
          y: { g: 88, k: 54, s: [{ p: 22 }, 88] },
          ø: { l: 22, y: 259 }
        },
        167
      ],
      e: [
        {
          a: [
            {
              e: 166,
              g: 23,
              l: { e: 40, p: 15, s: 15 },
              m: 131,
              r: { a: { n: 577 }, e: { n: 39 } },
              s: 69,
              v: 204
            },
            173
          ],
          b: [{ b: 164, e: 162, l: { e: 1 } }, 173],
          c: { k: 17 },
          d: {
            a: [{ l: 164 }, 173],
            d: [{ i: { k: 274 } }, 24],
            e: { b: 162, g: 162, l: 162 },
            g: 166,
            i: { ".": 1, s: 5 },
            o: [{ v: { e: { r: 578 } } }, 173],
            r: [{ e: 4 }, 54],
            s: [{ t: 24 }, 166],
            u: 168,
            ø: 162,
            å: { r: 15 }
          },
          e: { g: 162, i: 162, k: 173, r: 579 },
          f: [{ f: 153, t: 38 }, 173],
          g: [
            {
              a: { t: { i: 166 } },
              l: { a: 12, e: { s: { p: 22 } } },
              r: [{ u: 168 }, 32]
            },
            173
          ],
          h: 168,
          i: [
            {
              d: [{ a: { n: 32 } }, 88],
              g: 38,
              n: [{ i: 90 }, 259],
              r: 166,
              s: { k: 334 }
            },
            173
          ],
          j: 173,
          k: [
            {
              a: { ".": 1 },
              l: 580,
              n: 12,
              r: [{ i: { n: 22 } }, 28],
              s: { e: { r: 152 } },
              t: 22
            },
            173
          ],
          l: {
            a: 162,
            d: { e: 24 },
            e: {
              d: 162,
              g: { g: [{ j: 191 }, 168] },
              i: [{ e: { r: 14 } }, 162],
              m: 181
            },
            ê: 168,
            i: { d: 162, g: { a: 162 }, s: 162, t: 162, v: 162 },
            l: { o: { v: 23 } },
            s: 61,
            u: 189,
            y: 162,
            æ: 173,
            ø: [{ p: { a: 46 } }, 173],
            å: { s: 162 }
          },
          m: {
            a: 173,
            b: 181,
            e: { l: 162, r: 162, s: 168 },
            i: [{ e: 91 }, 173],
            j: 168,
            k: 31,
            n: [{ e: { ".": 22, l: 61 } }, 166],
            o: 173,
            u: 173,
            y: 173,
            ø: 173,
            å: 173
          },
          n: [
            {
              a: [{ t: { ".": 22 } }, 162],
              d: { e: { n: 313 }, r: 168 },
              e: [
                {
                  d: 162,
                  m: 162,
                  s: [{ l: 162 }, 12],
                  t: [{ a: 22 }, 162],
                  v: 162
                },
                5
              ],
              g: { a: { ".": 23 } },
              h: { e: [{ t: 168 }, 181] },
              i: 162,
              s: { e: 22 },
              t: { e: { i: 17 }, r: 581 },
              u: 162,
              y: 162,
              æ: 162
            },
            164
          ],
          o: [{ ".": 166, r: 9, s: 191 }, 173],
          p: [{ e: 15 }, 173],
          r: {
            ".": 178,
            a: { d: 162, p: 168 },
            b: 164,
            e: {
              a: 162,
              d: [{ e: { ".": 36 } }, 162],
              f: 162,
              g: 162,
              k: 162,
              n: { t: 162 },
              p: 162,
              s: [{ s: 162, u: 162 }, 15],
              t: 162,
              v: 162
            },
            f: { a: { r: 162 } },
            g: [{ a: 24, e: 24 }, 582],
            i: { b: 265, k: 162, t: 162, v: 583 },
            l: [{ a: { g: { a: 91 } } }, 166],
            o: { b: 90, c: 168, f: 2, k: 15, m: 162, t: 15, v: 182 },
            s: { ".": 11, e: 61, i: 42, p: 5, t: { e: { n: 46 } } },
            u: { l: 265, n: 22 },
            y: [{ r: 164 }, 173],
            ø: { r: 162 },
            å: 173
          },
          s: {
            a: [{ ".": 1, r: 166 }, 173],
            c: 162,
            e: [{ k: 168, r: 31, t: { s: 166 }, v: { a: 22 } }, 162],
            i: [{ n: { d: 22 }, t: 162 }, 12],
            j: 286,
            k: {
              a: { m: 15, r: 236 },
              e: 5,
              i: [{ n: { s: 166 } }, 162],
              j: 162,
              o: 236,
              r: 162,
              u: 168
            },
            l: [{ i: 12, ø: 2 }, 173],
            m: { i: 31 },
            n: [{ ø: 2 }, 168],
            o: [{ t: 164 }, 173],
            p: 173,
            s: { a: { m: 31 }, t: { u: 23 } },
            t: {
              ".": 166,
              a: { s: 162 },
              e: { ".": 39 },
              o: [{ r: 22 }, 162],
              r: 265,
              u: 162,
              ø: 162
            },
            u: 173,
            v: [{ a: 32 }, 189],
            y: 168,
            æ: 162,
            ø: { y: 166 },
            å: [{ r: { e: 17 } }, 236]
          },
          t: {
            ".": 164,
            a: [{ k: { s: 162 }, s: 350, l: { e: { ".": 36 } } }, 173],
            e: [{ ".": 166 }, 12],
            i: [{ d: 168 }, 265],
            j: 173,
            o: [{ m: 168 }, 286],
            r: 307,
            s: [{ p: 42 }, 164],
            t: { a: 124, e: { l: 31 } },
            u: 173,
            v: 1,
            y: 162,
            å: [{ k: { e: { r: 17 } } }, 162]
          },
          u: [{ r: 54, s: 15 }, 173],
          v: {
            a: { ".": 4 },
            e: { ".": 1, n: { t: 584 } },
            i: { k: 166, s: { a: 46 } },
            n: 164,
            r: 54
          },
          y: { t: 26 },
          ø: 173,
          å: 162
        },
        172
      ],
      é: [
        {
          b: 162,
          d: 162,
          f: 173,
          h: 168,
          l: 173,
          m: 162,
          o: 168,
          p: 173,
          r: 166,
          v: 162,
          å: 162
        },
        172
      ],
      f: [
        {
          a: { l: { l: [{ s: 139 }, 103] }, n: { t: 17 } },
          o: {
            a: 11,
            b: 0,
            l: { e: 0 },
            m: 0,
            r: { a: 0, e: { n: { ".": 49 } } },
            s: 5
          },
          ø: { d: { e: { s: 22 } }, y: { e: { d: 46 } } }
        },
        187
      ],
      g: [
        {
          a: {
            d: 471,
            f: 0,
            g: 11,
            k: 69,
            n: { d: { ".": 15, a: 585 }, k: 12 },
            r: { m: 169, t: [{ ".": 15, a: 38 }, 0], u: 17 },
            t: [{ o: 15 }, 88],
            v: { e: { ".": 23 }, i: 2 }
          },
          d: [{ e: { d: 1, l: 1, p: 1 }, r: 12 }, 23],
          e: {
            d: { a: 0 },
            l: { a: 0 },
            n: [{ a: 0, e: 152, g: 193, o: 11, u: 0 }, 90],
            r: [{ e: { t: 0 }, u: { n: 22 } }, 90],
            s: [{ l: 24 }, 88],
            t: { a: 0 },
            v: 586
          },
          f: { ø: 5 },
          g: 122,
          i: { d: 15 },
          j: { e: { n: { g: 14 } } },
          l: [{ e: { m: 38 }, u: 1 }, 69],
          n: 2,
          o: {
            d: [{ d: 15 }, 23],
            e: 152,
            k: 89,
            m: [{ e: 35 }, 587],
            n: { d: 15 },
            p: { e: 40 },
            r: [{ d: 15, k: 12 }, 88],
            s: { p: 36 },
            t: 88
          },
          r: {
            a: { ".": 12, d: { ".": 38 }, n: { d: 15 } },
            e: {
              a: 2,
              g: 12,
              n: [{ d: 0 }, 12],
              r: 0,
              s: { t: 15 },
              t: 12,
              v: 12
            },
            i: { d: 12, n: 12 },
            o: { ".": 2, a: 35, e: 2, s: 588 },
            å: { d: 12 }
          },
          s: {
            a: { ".": 6 },
            e: { l: { v: 22 }, m: 1, s: 1 },
            j: 7,
            k: [{ j: 4 }, 7],
            l: { e: { g: 61 }, ø: { y: 15 } },
            m: { å: { l: { a: { ".": 120 } } } },
            n: { e: 24 },
            t: {
              e: { p: 61 },
              r: { i: { d: 17 } },
              y: { r: { k: { e: { ".": 242 } } } },
              ø: { r: 39 }
            }
          },
          u: { n: { d: 12 }, r: { u: { ".": 22 } } },
          v: { i: { s: 5 } },
          y: { e: 15 },
          ø: [{ y: 259 }, 153],
          å: { v: { a: 32, e: { ".": 32 } } }
        },
        167
      ],
      h: [{ a: { t: 17 }, e: { t: { s: 5 } } }, 571],
      i: [
        {
          a: { k: 69, n: [{ d: { e: { p: 17 } } }, 8] },
          b: { l: 7, y: 162, å: 162 },
          c: { r: 162 },
          d: {
            a: 93,
            e: { l: [{ e: 2 }, 1] },
            é: 38,
            o: 4,
            r: 61,
            s: [{ t: 22 }, 5]
          },
          e: { g: 162, l: 69, n: 589, r: { ".": 12, i: 22, s: 2, t: 15 } },
          f: { r: 563 },
          g: { l: { a: 15, o: 35 } },
          h: 173,
          j: 167,
          k: { e: 12, j: 173, o: 236, r: 173, v: 162 },
          l: { i: 9, u: 166 },
          m: { a: { r: 162, s: 162 }, o: 162, p: 173 },
          n: {
            a: { l: 21 },
            d: 188,
            f: 162,
            g: { o: 18, r: 22, s: [{ e: 190, t: { e: 14 } }, 116] },
            j: 188,
            n: [{ b: 162, h: 162, s: 162, t: 162 }, 153],
            s: 188,
            t: 188,
            v: 173
          },
          o: { ".": 166, n: [{ s: 203 }, 183], p: 162, s: 191, v: 236 },
          p: {
            e: { t: [{ ".": 35, s: 35 }, 1] },
            l: [{ i: 24 }, 7],
            s: { i: 22 }
          },
          r: [{ k: { e: { l: 61 } } }, 162],
          s: {
            e: { m: 162, t: 15 },
            i: { m: 22 },
            k: { j: 265, o: 41 },
            o: { l: 35, n: { e: 17 } },
            s: 5,
            t: {
              a: { s: 162, t: 168 },
              i: { k: 22, l: 162 },
              r: 12,
              y: 162,
              ø: 162
            },
            u: 168,
            y: 168
          },
          t: [
            {
              e: { d: 12 },
              j: 168,
              o: { g: 1, s: 1 },
              t: { r: 5, s: [{ k: 36 }, 43] },
              u: 162,
              y: 12,
              z: 22,
              æ: { r: { e: 120 } }
            },
            0
          ],
          u: { b: 173, m: { f: 1 }, t: 173 },
          v: { a: 162, e: [{ g: 109, i: 590 }, 173], o: 248, s: 82 },
          å: 168
        },
        172
      ],
      j: [
        {
          a: { h: 11, v: 49 },
          e: {
            d: [{ e: { ".": 38 } }, 88],
            e: 0,
            i: 11,
            s: [{ ".": 90 }, 458],
            t: [{ ".": 90, r: 36, t: 38 }, 88]
          }
        },
        187
      ],
      k: [
        {
          a: [{ k: [{ s: 12 }, 88], l: { l: 17 }, u: 88 }, 153],
          e: {
            d: { o: 0 },
            e: { r: 0 },
            h: 0,
            i: { e: 15 },
            l: { s: 17, t: 203 },
            n: { h: 169, o: 93 },
            r: { f: { a: 169 }, s: { t: 5 } },
            s: 591,
            t: { ø: 11 }
          },
          i: [
            { d: 0, e: [{ r: 12 }, 0], n: { d: 15, f: 2, n: 12, t: 2 } },
            153
          ],
          j: 38,
          k: 182,
          l: {
            a: [{ n: { g: 149 } }, 153],
            i: { s: 393 },
            o: { k: 12 },
            u: 153,
            y: 12,
            æ: 90,
            å: 69
          },
          n: { u: 153, y: 153 },
          o: [
            {
              f: [{ i: 91 }, 0],
              k: { s: 15 },
              l: { e: 22, l: { a: 5 } },
              t: 11,
              v: 11
            },
            90
          ],
          r: [{ a: { v: 90 }, y: 350, e: { a: 350 } }, 153],
          s: 8,
          t: { a: { k: 1, l: 4 }, i: { n: 1 }, s: { k: 24 } },
          u: [
            {
              l: { e: { ".": 23 } },
              r: { i: [{ e: 242 }, 33] },
              t: [{ e: 35 }, 592]
            },
            153
          ],
          v: [{ e: 12, i: { t: 152 }, o: 11 }, 153],
          y: 155,
          ø: 153,
          å: [{ p: { a: 31 } }, 153]
        },
        173
      ],
      l: [
        {
          a: { n: { d: { a: 33, s: { e: 120 } } } },
          e: [{ i: { e: { r: { ".": 16 } } }, m: { a: { ".": 32 } } }, 38],
          i: { e: { n: { ".": 23 } } },
          j: 90,
          u: { e: 23 },
          y: { d: { e: { ".": 31 }, i: 31 }, s: { e: { ".": 23 } } },
          ø: { p: { a: { ".": 31 } } },
          å: 152
        },
        187
      ],
      m: [
        {
          a: { l: { e: { ".": 23 } } },
          i: { k: 18, l: 32, n: { i: 120 } },
          o: { s: { e: { ".": 31 } } },
          u: { s: { i: { k: { k: 170 } } } },
          å: { l: { a: { ".": 31 } } }
        },
        181
      ],
      o: [
        {
          a: { g: 23, k: 69, n: { e: 166 }, r: { ".": 2 } },
          b: [{ e: { l: 5 }, l: [{ e: 22 }, 1], r: 34 }, 173],
          c: { o: 15 },
          d: { i: { e: { n: 271 } } },
          e: [{ f: 162, i: 162, k: 162, n: { t: 162 } }, 164],
          f: [{ f: 153, t: 218 }, 173],
          g: { r: { a: 11 } },
          i: { d: 15, n: 12 },
          k: [{ i: 69, r: 32, s: { e: { ".": 31 }, i: 90 } }, 173],
          l: { e: 35, j: 173 },
          m: { i: { d: 4, k: 4, l: 1 }, j: 162, m: 39, s: 452, y: 166 },
          n: { s: 177, t: 22 },
          o: 173,
          p: [{ p: [{ s: 66 }, 153] }, 173],
          r: {
            a: [{ n: 15, r: 15, s: 15 }, 182],
            d: { a: 23, e: { n: { d: 47 } }, n: 162, r: 53, s: 124, ø: 23 },
            e: { e: 35, k: 12, n: 12, t: 2 },
            g: [{ e: [{ s: 139 }, 164] }, 22],
            i: { e: 89, t: 191 },
            k: [{ l: { a: 31, e: 31 } }, 162],
            m: [{ l: { ø: { s: { e: 170 } } } }, 0],
            s: [{ k: { a: { ".": 36 } } }, 28],
            æ: 12
          },
          s: {
            e: { l: 1, s: 1, t: { e: { ".": 46 } } },
            p: 162,
            t: { j: 12, r: { a: 190 } },
            y: 173
          },
          t: {
            a: { ".": 1 },
            e: { ".": 1, i: 17, k: 166, l: 1, s: 1 },
            s: 24,
            y: 162
          },
          u: 162,
          v: [{ e: 12, i: 236, n: 248 }, 69]
        },
        172
      ],
      ó: 191,
      p: [{ e: 38, o: { t: { a: 32 } }, å: { k: 0 } }, 594],
      q: 90,
      r: [
        {
          a: [{ n: { a: 32 }, s: { a: 32 } }, 155],
          e: [{ b: 0, i: { e: 16 }, n: { e: { m: 11 } }, o: 11 }, 90],
          i: { ".": 11 },
          o: { d: { e: { ".": 31 } }, t: 31 },
          y: 31,
          å: { d: { a: 32 } }
        },
        174
      ],
      s: [
        {
          a: {
            ".": 153,
            d: 182,
            g: 38,
            k: { k: 38, r: 171, s: [{ e: { ".": 36 } }, 12], v: 15 },
            l: { a: 90, d: 12, p: 97 },
            n: { e: 38, f: 0, n: 149, s: { e: 38, i: 15 }, t: 15 },
            r: { e: { n: { ".": 38 } }, m: 4, t: 11 },
            t: { i: 0 }
          },
          c: { h: 153, o: 90 },
          e: {
            a: { l: 143 },
            d: [{ d: 15, e: 6 }, 88],
            e: [{ i: 22, r: 31 }, 88],
            f: 11,
            g: [{ e: 15 }, 88],
            i: { d: 36, e: { ".": 15 }, g: 35 },
            k: { s: 0 },
            l: { v: 193 },
            m: 88,
            n: { ".": 38, e: { ".": 38, r: 0, s: 155, t: 0 }, i: 0, s: 152 },
            r: { ".": 90, a: 0, i: { e: 50 } },
            s: { a: 0, i: 0, k: 196, l: 24, p: 595, t: 0, u: 11, v: 596 },
            t: { e: 0, s: 155 },
            u: 88
          },
          f: { r: 15 },
          h: [{ a: 12, e: 2, i: 15 }, 88],
          i: {
            d: { e: { ".": 22 } },
            e: { n: { t: 23 }, r: { ".": 31 } },
            n: { d: 17, g: 89, n: 12, t: { e: 0 } },
            r: { a: 32 },
            s: { k: 16 }
          },
          j: { a: { k: 12, v: 0 }, e: { f: 38 }, o: { r: { d: 97 } } },
          k: {
            a: { n: 0, u: { k: 97 } },
            e: { l: { e: 2 }, t: { e: 1 } },
            i: { m: 155, r: 15, s: 38 },
            j: { a: 11, e: { l: { e: 11 }, n: 15 }, æ: 90 },
            å: { p: 206 },
            o: { g: { s: 120 }, l: { l: { i: 1 } }, r: 15 },
            r: { o: 12 },
            u: { e: { t: 49 }, g: 0, l: { i: 15 }, m: 38 },
            v: 69,
            y: { ".": 149, e: 229, s: { s: 38 } }
          },
          l: {
            a: { n: { g: 38 }, r: { a: { r: 152 } }, s: 15 },
            e: { g: { e: { ".": 36 } }, k: { t: 89 }, r: { i: 4 } },
            i: { d: 15 },
            y: { n: 38 },
            å: 153
          },
          m: {
            i: 12,
            a: { l: 0 },
            o: 169,
            u: { r: 0, s: 0 },
            å: { l: { a: { ".": 36 } } }
          },
          n: { a: { r: 229 }, e: { s: 15 } },
          o: {
            d: 23,
            f: 69,
            k: 151,
            l: 153,
            n: { d: [{ e: { ".": 36 } }, 0] },
            r: { i: { s: 22 } },
            v: [{ n: 90 }, 69]
          },
          p: {
            a: { r: { a: 49 } },
            e: { l: { s: 15 }, t: 38 },
            r: [{ o: { s: 11 } }, 69],
            u: { r: 152 }
          },
          s: [{ e: { e: 5 }, å: 17 }, 40],
          t: {
            a: {
              ".": 1,
              k: [{ e: 15 }, 0],
              g: 0,
              m: 90,
              n: { k: 0 },
              r: { t: [{ a: { ".": 91 } }, 22] },
              u: 1
            },
            e: {
              d: 92,
              i: 89,
              l: 1,
              m: { a: { ".": 36 } },
              n: { k: 15 },
              p: 11
            },
            i: { k: 229, l: { d: 15, f: 2, s: 169 }, n: 1, s: 423 },
            j: 69,
            o: { ".": 38 },
            r: { u: 90, ø: { y: 2 } },
            u: { e: 90, k: 11, r: 15, t: 24 }
          },
          u: [{ k: 69, n: { g: 0 }, p: 38 }, 153],
          v: {
            a: { n: { g: 15 }, r: { a: 49 } },
            e: [{ g: 35, r: { d: 15, n: 15 } }, 375],
            i: [{ l: { l: 229 }, n: { d: 1 }, s: 35 }, 69],
            u: 0,
            æ: 89
          },
          y: { d: 23, t: 69 },
          ø: { n: 38, v: 277, y: { a: 15 } },
          å: { p: { e: [{ n: 61 }, 38] }, s: { ".": 2 } }
        },
        168
      ],
      t: [
        {
          a: {
            b: 38,
            g: { r: 0 },
            l: { a: { n: 23 }, l: 103 },
            n: { a: { ".": 22 }, d: 169, l: 12, v: 1 },
            p: { p: 12 },
            r: { t: 152, v: { i: 97 } },
            s: [{ i: { a: 22 } }, 4],
            t: 1,
            v: { i: 12, r: 15, s: 2 }
          },
          e: {
            a: [{ t: 38 }, 88],
            e: 88,
            f: 0,
            g: { e: 0, i: 0, n: 152 },
            i: [{ n: { i: 15, s: 22 }, s: 38 }, 88],
            k: { a: 0, n: 152, s: { e: 0 } },
            l: { e: { g: 155 }, i: { g: 38 }, l: 38, s: 0, t: 155 },
            m: { a: { ".": 23 }, b: 12, i: { s: 23 } },
            n: { ".": 38, a: 435, e: { ".": 38 }, h: 193, s: 38 },
            o: [{ r: { i: 38 } }, 88],
            p: { p: 38 },
            r: [
              {
                ".": 38,
                e: { k: 152, s: { t: 11 } },
                i: { s: { k: 31 }, ø: { r: { a: { ".": 170 } } } },
                s: 38
              },
              1
            ],
            s: { ".": 152, e: { l: 0 } },
            t: { a: 0, e: 0 },
            u: 85,
            v: { a: 9 }
          },
          g: 35,
          i: {
            a: [{ t: 0 }, 54],
            d: 0,
            e: { m: 38 },
            g: 0,
            k: { a: { p: 0 }, i: 38, l: [{ i: 22 }, 0] },
            l: { e: 38, o: 24 },
            m: { e: { ".": 155, s: 152 } },
            n: { d: 193, e: { t: 31 }, i: 11 },
            o: 88,
            p: 88,
            s: { a: 0, t: { i: 195 } }
          },
          l: 15,
          n: 15,
          o: {
            a: 24,
            b: 88,
            m: { f: 15, n: 15, s: 12 },
            p: 259,
            r: { ".": 38, e: 597, g: 11 },
            u: 88,
            v: 69
          },
          r: {
            a: { n: 4 },
            e: { p: 0, r: 38, s: { i: 15, k: { j: { a: { r: { e: 33 } } } } } },
            i: { n: 193 },
            o: { l: { l: { i: 120 } }, m: 11 },
            u: { l: 11 },
            ø: { y: 103 }
          },
          s: { k: { j: 15 }, l: { a: 20 }, t: 28 },
          t: 34,
          u: { b: 96, e: 39, l: 23, n: 217, r: { o: 169 }, t: 259 },
          v: { a: { l: { a: 46 } } },
          y: { e: 31, r: { s: 18 } },
          å: { r: { ".": 2 } }
        },
        200
      ],
      u: [
        {
          ".": 162,
          a: { n: 12, v: 1 },
          f: { t: [{ s: 14 }, 5] },
          g: [{ l: { a: 31 } }, 173],
          h: 303,
          i: { t: { e: 46 } },
          k: 22,
          l: { t: 143, u: 162, y: 168 },
          m: { e: 35 },
          n: [{ g: { e: { ".": 23 } } }, 188],
          o: 28,
          p: [{ l: 12 }, 168],
          r: { e: 1 },
          s: {
            a: { ".": 15 },
            e: { n: 15, r: 2 },
            k: { l: 53 },
            l: 61,
            s: 5,
            t: [{ a: 24 }, 4]
          },
          t: [{ a: 2, e: { ".": 12, r: [{ i: 22 }, 36] }, l: 152 }, 173],
          u: { m: { e: 4 } }
        },
        172
      ],
      v: [
        {
          a: { l: { a: 31 }, n: { d: 14 } },
          e: { r: { l: { e: 186 } }, s: 176 },
          i: [{ e: { t: 23 }, k: { a: { ".": 23 }, e: 22 } }, 38],
          u: 90,
          æ: { r: { a: 32 } }
        },
        200
      ],
      w: 90,
      y: [
        {
          a: { r: { ".": 15 }, s: { t: 35 } },
          d: [{ e: { ".": 1 } }, 173],
          e: { f: 162 },
          g: [{ e: 15 }, 162],
          h: { e: 334 },
          k: { e: 12, l: { e: 34 }, o: 162 },
          l: { o: 69 },
          n: [{ d: { a: { ".": 32 }, e: { ".": 23 } } }, 173],
          o: 162,
          p: [{ a: 6 }, 162],
          r: { a: { ".": 4 }, e: { ".": 1, v: 2 }, u: 1 },
          s: [{ e: 15, k: 57, t: [{ u: 103 }, 5] }, 69],
          t: { e: 12, r: 12 },
          v: [{ a: { ".": 6, k: 15 }, e: { ".": 6 } }, 173],
          ø: 162
        },
        172
      ],
      z: 153,
      æ: [{ r: { a: { ".": 6, n: { d: 39 }, s: { t: { ".": 6 } } } } }, 216],
      ø: [
        {
          d: {
            a: 7,
            d: [{ e: 14 }, 162],
            s: { k: 24, t: { o: 22 } },
            u: { n: 35 }
          },
          e: 173,
          f: [{ l: 69, r: 69 }, 162],
          g: { r: 2 },
          k: { o: 162, s: 162 },
          l: { e: { ".": 1 } },
          m: { o: 35, u: 15 },
          p: 34,
          r: { a: 2, e: { d: 4 }, y: 69 },
          s: { e: 12, k: 69, l: 23 },
          t: { e: 2, r: 2, t: [{ r: 36 }, 11] },
          v: { d: 23, e: { r: 12 } },
          y: [{ ".": 188, a: { n: 148 }, h: 152, s: [{ ".": 90 }, 162] }, 54]
        },
        172
      ],
      å: {
        a: { s: 4 },
        d: [{ e: { d: 15 } }, 172],
        e: { n: 6, t: 4 },
        j: 6,
        k: 598,
        l: [{ a: 7, e: { v: 15 } }, 172],
        m: { a: 6 },
        n: { d: { e: { ".": 31 } } },
        p: [{ n: { a: 32 } }, 398],
        r: 154,
        s: [{ a: 15, e: 5 }, 7]
      }
    },
    o: {
      a: [
        {
          c: 15,
          f: 153,
          k: [{ k: { a: { n: { a: 31 } }, u: 23 } }, 1],
          l: { l: 153, t: 90 },
          m: 150,
          n: [{ d: 155 }, 92],
          p: 154,
          r: {
            d: { e: 127, i: { n: 53 } },
            e: { g: 158, n: { h: 26 } },
            é: 4,
            i: 26,
            m: 22
          },
          t: { é: 35 },
          u: 153,
          v: 398
        },
        173
      ],
      b: {
        a: [{ k: { k: { s: 91 } } }, 361],
        b: { l: 23, o: 1, r: 26, u: 85 },
        e: [
          { a: 0, r: { e: { t: 17 }, s: [{ t: { a: 14, e: 14 } }, 5] }, s: 90 },
          1
        ],
        i: [{ e: 19 }, 361],
        j: 216,
        l: [
          { a: { ".": 15 }, e: { ".": 12, n: 12 }, i: [{ g: 164 }, 230], o: 1 },
          150
        ],
        o: [{ a: 39 }, 398],
        r: [{ a: { r: 15 }, e: 69, i: 69 }, 173],
        s: { e: { r: 164 }, t: 15 },
        u: 361,
        y: [{ l: 17 }, 173],
        ø: 38,
        å: 90
      },
      c: [{ k: { e: { r: { s: 22 } } }, y: 38 }, 162],
      d: [
        {
          a: { b: 11, f: 23, t: { t: 2 } },
          d: { e: { i: 22, l: 1, s: { t: 1 } }, o: 35 },
          e: [
            {
              b: 88,
              i: 97,
              k: { o: 0, u: 38 },
              p: 88,
              r: { l: { e: 170 } },
              s: 88,
              t: { ".": 38, s: 38 }
            },
            1
          ],
          i: { e: { n: 5 }, g: { l: 193 } },
          j: 0,
          k: { o: 17 },
          o: { m: { l: 12 }, v: 12 },
          r: { e: 230, ø: 193 },
          s: { k: [{ a: 23 }, 12], p: { o: 34 }, t: [{ o: { l: 9 } }, 32] },
          u: { s: 61 },
          y: { ".": 0, b: 0 },
          ø: { k: 15, s: 38, y: 15 },
          å: 500
        },
        188
      ],
      e: [
        {
          f: 4,
          i: { n: 0 },
          k: { s: 31 },
          l: 7,
          m: { u: 1 },
          n: [
            {
              a: 22,
              e: 152,
              g: { d: 17, r: 599, s: 18, u: 18 },
              s: [{ ".": 152 }, 439],
              t: 22
            },
            7
          ],
          r: { e: [{ r: 11 }, 89], m: { a: 32 }, s: { k: 90 } },
          s: [{ i: { p: 4, t: 4 }, k: { a: 32, e: { ".": 32 } } }, 88],
          t: { a: { n: 0 }, h: 28, i: 15 },
          v: { n: { e: { ".": 31 } } }
        },
        200
      ],
      f: {
        a: [{ ".": 88, g: { a: 36 }, r: { a: 0 }, s: { e: 23 }, v: 88 }, 173],
        e: { b: 88, i: 0, r: { a: 0 }, s: { t: 196 } },
        é: 153,
        f: {
          a: { n: { d: 39 } },
          e: { k: 1, s: 15 },
          i: { a: 4, d: 22 },
          r: 4,
          u: 7,
          y: 4
        },
        i: [{ p: 0 }, 173],
        l: [{ e: 15 }, 153],
        o: 173,
        r: { a: { ".": 11, s: 35 }, e: 69, i: 274 },
        s: { a: 6, e: { ".": 6 } },
        t: [{ e: { l: 1 }, s: 255 }, 168],
        y: 173
      },
      g: [
        {
          a: { ".": 88, n: { k: 2 }, r: { e: 0 }, v: 374 },
          e: [{ ".": 88, d: 0, i: 69, n: { a: { ".": 61 } }, t: 90 }, 162],
          g: { e: { r: { a: 1 } }, j: 26, s: 65, u: 21 },
          i: {
            a: 65,
            e: [{ v: 0 }, 183],
            f: 88,
            g: 11,
            k: { o: 0 },
            l: 88,
            m: 88,
            n: [{ g: 90 }, 88],
            o: 458,
            s: { t: { a: 11, r: 284 } },
            v: 88
          },
          j: { e: { r: 15 } },
          l: { a: 2, y: 16 },
          n: { e: { d: 1, l: 4 }, i: 600, o: { s: 149 } },
          o: { ".": 88 },
          r: {
            a: 4,
            e: { ".": 1, g: 193, i: 193, r: 1, t: { t: 2 } },
            i: 193,
            y: { d: 12 },
            ø: 169,
            å: 15
          },
          s: [
            {
              a: [{ n: 31 }, 23],
              e: 67,
              k: [{ j: 23 }, 69],
              l: [{ e: 23 }, 15],
              p: [{ a: 22 }, 182],
              t: { e: 15, i: 12, j: 26, o: 23, r: [{ a: 19, e: 15 }, 23] },
              y: [{ v: 601 }, 15]
            },
            34
          ],
          t: { r: 31 },
          å: { t: 600, s: 2 },
          u: { n: 69 },
          ø: 15
        },
        173
      ],
      h: [{ e: { t: { e: 22 } }, m: { a: 39 }, o: { ".": 0 }, ø: 23 }, 566],
      i: {
        a: 23,
        d: { i: 602, r: 153, t: 22 },
        e: { n: 23, r: 15, s: 4 },
        k: 15,
        l: { a: 1 },
        m: 153,
        n: { ".": 90, g: 153, o: 357, s: { p: 0 } },
        r: 4,
        s: [{ ".": 88, a: 11, e: 88, i: 0 }, 153]
      },
      j: [{ e: { ".": 93 }, o: { ".": 0 } }, 187],
      k: {
        a: [
          { f: { t: 2 }, k: 69, n: { i: 136 }, r: [{ k: 15 }, 7], s: 90 },
          153
        ],
        e: { f: 69, l: { s: 441, v: 15 }, n: 149, s: { k: 0 }, v: 11 },
        j: 153,
        k: {
          a: { n: { d: 1 } },
          e: [{ r: { a: 4 }, s: 223 }, 162],
          j: { e: 12 },
          o: { ".": 12, l: 15 },
          s: { m: 64 },
          u: { n: 1 }
        },
        l: [
          { a: { ".": 6, m: 17 }, e: { ".": 6 }, u: [{ t: 2 }, 153], å: 17 },
          162
        ],
        n: [{ a: { s: { a: 46 } } }, 173],
        o: [
          {
            ".": 93,
            l: 6,
            m: { s: 193, t: 12 },
            p: { e: 22, p: 15 },
            r: { m: 12 },
            s: [{ e: 39 }, 23],
            v: 11
          },
          90
        ],
        r: [{ e: { o: 15, t: 11 }, u: 169 }, 153],
        s: {
          a: { l: 23 },
          e: [
            {
              k: [{ r: 17 }, 1],
              m: 1,
              n: 2,
              r: { i: { n: 4 } },
              s: 1,
              t: { e: 49 }
            },
            23
          ],
          i: [{ d: { a: 16 } }, 9],
          t: [{ i: 31, r: 31 }, 183],
          v: { i: 3 }
        },
        t: {
          a: [{ n: 164, v: 603 }, 15],
          i: 12,
          o: [{ r: { i: 271 } }, 15],
          r: 31
        },
        u: [{ k: 9, l: { e: { ".": 32 } }, t: [{ e: 2 }, 31] }, 153],
        v: { a: [{ k: 11 }, 38], i: 90 },
        ø: { y: 15 },
        å: 90
      },
      l: {
        ".": 167,
        a: [
          {
            d: { e: { d: 31 } },
            g: { a: 32 },
            n: { l: 15, t: 12 },
            r: { ".": 155, b: { e: 11 } },
            t: 22
          },
          187
        ],
        b: { e: { r: 103 }, o: { e: 16, g: { e: { ".": 16 } }, l: 1 }, u: 16 },
        d: [
          {
            a: { n: 2 },
            e: { ".": 15, m: 1, s: { t: 1 }, t: 15 },
            o: [{ v: { e: 604 } }, 12],
            r: { e: { v: 15 }, i: 12 },
            s: { k: { r: 65 } }
          },
          173
        ],
        e: [
          {
            a: { k: { s: 38 } },
            b: 11,
            d: 88,
            f: 88,
            i: { g: 15, n: 22 },
            k: [{ i: 152 }, 88],
            l: [{ e: { g: { e: { ".": 120 } } } }, 88],
            m: [{ ".": 38, s: 38 }, 88],
            n: { e: { ".": 152, s: 155, t: 0 }, i: 0, o: 0 },
            r: { e: { d: 11 }, u: 0 },
            s: [{ t: { a: 22, r: 22 } }, 88],
            t: { ".": 155 },
            v: 88
          },
          173
        ],
        é: 153,
        f: { i: 26, j: 1 },
        g: { e: 34, l: 182 },
        i: [{ b: { a: 0 }, e: { n: 131, r: { t: 61 } }, n: { e: 22 } }, 173],
        j: 249,
        k: {
          e: { s: [{ e: 1, k: 1, t: 1 }, 124] },
          l: 107,
          o: 35,
          u: 4,
          v: 15
        },
        l: {
          a: { ".": 15, k: 24, m: 1 },
          e: { ".": 2, d: 1, l: 1, n: 2, s: 1 },
          i: { n: { j: 4 } },
          o: { g: 1, m: 1, s: 15, v: [{ e: { r: 22 } }, 1] },
          s: { t: 5, v: 22 },
          u: 7,
          ø: { p: 1, s: 4, y: 4 },
          å: 7
        },
        m: { e: { s: [{ t: 1 }, 17] }, å: 1 },
        n: 35,
        o: [
          {
            ".": 0,
            a: { n: 38 },
            e: 90,
            f: 0,
            i: 24,
            k: { s: 15 },
            m: { s: 12 },
            p: 12,
            s: { ".": 96, e: 251, f: 97 },
            v: { e: 22, n: 206 }
          },
          188
        ],
        p: { e: { d: 1 } },
        s: { o: 2, t: 32, v: { a: 15, i: { k: 22 } } },
        t: {
          e: { d: 12, p: 15 },
          r: [{ a: 21, e: { ".": 22, r: 22, t: 22 } }, 7]
        },
        u: [{ l: 22, n: { g: [{ e: { ".": 46 } }, 193] }, r: 169 }, 153],
        v: { a: 15, o: 69 },
        y: [{ d: 61 }, 153],
        ø: { r: 15 },
        å: 153
      },
      m: {
        ".": 173,
        a: [
          {
            l: { d: 12 },
            m: 605,
            n: { g: 15, i: { f: 23 }, n: 103, t: 17 },
            r: { s: 12, ø: 66 },
            s: 1,
            v: 69
          },
          173
        ],
        b: [{ e: { t: 1 }, i: { s: 1 }, l: 12, o: { d: 166 }, u: 172 }, 31],
        e: [
          {
            k: [{ a: 38 }, 259],
            n: { e: { s: 152 } },
            r: { s: 36 },
            s: { e: 11 },
            t: [{ a: { k: 23, r: 61 } }, 38],
            u: 69
          },
          173
        ],
        f: { a: { n: 164 } },
        g: { r: { e: 164 } },
        h: 167,
        i: {
          a: 88,
          b: 88,
          e: [{ k: 0 }, 65],
          g: 88,
          k: { k: 152 },
          n: { e: 152, n: 2, s: 568 },
          o: 0,
          r: 88,
          s: { j: 0, t: 0 },
          u: 88
        },
        j: 69,
        m: [{ a: { t: 4 }, e: { d: 1, t: { r: 1 } }, ø: 164 }, 173],
        o: [{ f: { o: 0 }, p: 69, v: 54 }, 173],
        p: [{ a: { t: 18 } }, 28],
        r: [{ e: 173, o: 173, u: 173 }, 172],
        s: {
          ".": 168,
          a: { l: 24 },
          e: { k: 1, t: 164 },
          k: { o: { d: 33 }, u: { l: { a: 33 } } },
          o: { m: 1 },
          u: { n: 24 },
          ø: 23
        },
        t: [{ a: { l: 164 }, e: { s: 1 }, i: 12, v: 12 }, 28],
        u: [{ s: 90 }, 259],
        v: { æ: { r: { e: { ".": 46 } } } },
        y: [{ r: { k: { e: { ".": 46 } } } }, 168],
        ø: { k: 88, r: 23, y: 473 },
        å: 38
      },
      n: [
        {
          a: {
            b: { o: 12 },
            c: 0,
            k: 11,
            n: { g: 193 },
            p: [{ p: 12 }, 0],
            r: { b: 11, g: 193, v: 193 },
            s: { j: 606 },
            t: { r: 17 },
            v: 593
          },
          b: 15,
          d: {
            a: { r: 1 },
            e: { r: { e: 120 } },
            r: { e: 24, i: 26 },
            s: { i: 5 }
          },
          e: {
            ".": 0,
            i: { e: 15 },
            l: { e: 0, l: 152 },
            m: 88,
            r: [{ u: 0 }, 90],
            s: { i: 120, k: 0, t: 607 },
            t: { e: 0 },
            v: 88
          },
          f: 2,
          g: {
            a: { ".": 2 },
            d: 24,
            e: { ".": 15, d: 4, s: 103 },
            i: 15,
            o: { ".": 15 },
            r: [{ o: [{ s: 39 }, 6] }, 28],
            s: { j: 5 },
            u: 7,
            y: 1,
            ø: 26
          },
          i: {
            ".": 155,
            d: 407,
            e: 54,
            l: [{ d: 15 }, 88],
            m: [{ i: 31 }, 88],
            n: { f: 12, n: 96 },
            o: 458,
            p: 195,
            s: { o: 11 }
          },
          j: 12,
          k: [{ a: 20, e: { l: 164 }, i: 20, l: { e: 1 }, u: 15 }, 69],
          l: { e: { g: 36 } },
          n: { a: { d: 15 }, i: 12, y: 15 },
          o: { ".": 0, r: { ".": 38 }, v: [{ e: 12 }, 365] },
          s: {
            h: 1,
            i: [{ s: 18, v: 5 }, 54],
            k: [{ e: 61 }, 177],
            l: [{ a: { g: { a: 120 } } }, 54],
            t: {
              i: { t: { u: { e: { r: { a: 608, e: 608 } } } } },
              r: { u: { m: 17 } }
            },
            u: { n: { d: 22 } },
            v: [{ e: 1 }, 54],
            å: 54
          },
          t: {
            a: 31,
            e: [{ d: 1, n: 15 }, 12],
            i: 15,
            o: { k: 1, r: 15 },
            r: 28
          },
          u: { l: 239, r: 15, s: { k: 23 } },
          ø: [{ y: { ".": 4 } }, 198],
          å: 40
        },
        173
      ],
      o: [
        {
          d: { s: 54 },
          f: { f: 153 },
          k: [{ a: 10, e: { s: 22 } }, 129],
          l: { a: 61 },
          m: { i: 26, o: 4 },
          p: [{ a: [{ n: 39 }, 46], e: [{ n: 22, t: 22 }, 1], i: 11 }, 150],
          r: [{ d: { a: 31 } }, 398],
          s: [{ p: 4 }, 15],
          v: 398
        },
        173
      ],
      p: {
        ".": 173,
        a: [
          {
            b: 0,
            k: 88,
            n: { d: 49 },
            r: { e: [{ n: 152 }, 196] },
            s: { j: 0 },
            u: 0
          },
          173
        ],
        e: {
          a: 90,
          i: 54,
          l: { l: { ø: 36 } },
          n: [{ a: 0, d: 155, e: { t: 0 }, t: 152 }, 173],
          r: [{ ".": 434, a: [{ r: 31 }, 164], o: 152, t: 38 }, 88],
          t: [{ a: 0 }, 173]
        },
        h: 162,
        i: [{ e: { k: 0 }, n: { g: { s: 33 } }, r: 0 }, 153],
        l: [{ a: [{ n: { d: 169 } }, 153], i: 12, u: 35 }, 173],
        n: { a: { ".": 1 }, e: 1 },
        o: 361,
        p: {
          ".": 173,
          a: [{ r: { t: 26 }, s: 1 }, 162],
          e: 162,
          g: 172,
          i: { ".": 1, a: 4, s: 1 },
          l: { i: 24, y: 164 },
          o: { e: 4 },
          r: [{ o: { p: 22 } }, 4],
          u: { n: { d: 22 } },
          å: 180
        },
        r: [{ e: 4, u: 2, å: 2 }, 188],
        s: { a: { ".": 4 }, i: 471 },
        t: { r: 129 }
      },
      q: 0,
      r: {
        ".": 162,
        a: {
          d: { d: 96, r: 12 },
          g: 88,
          k: 69,
          l: [{ d: 15, g: 169, s: { t: 5 }, t: { ".": 4 } }, 173],
          m: 89,
          n: { a: 0, e: 90, g: 0, s: 0 },
          p: 4,
          t: { t: 12 },
          u: [{ k: 24 }, 0],
          v: 182
        },
        b: [{ i: { t: 14 }, y: 2 }, 162],
        c: 162,
        d: {
          a: { t: { a: 49 } },
          e: { a: 12, l: 168, p: { l: 77 } },
          i: { k: 2, s: [{ e: 26 }, 5], t: 24 },
          n: 172,
          r: { e: { g: { i: { ".": 91 } } }, ø: 40 },
          s: { a: { m: { e: { ".": 120 } } }, e: 36, t: 24 },
          y: { r: { a: 49 } }
        },
        e: [
          {
            a: { r: { a: 91, e: 91 } },
            b: { r: { a: 38 } },
            d: { i: 93 },
            i: 69,
            l: [{ a: 0, d: 11 }, 69],
            n: { a: { ".": 31 }, e: { d: 23, t: 23 }, k: 12, s: 18 },
            o: { g: 316 },
            r: { f: 11, o: 0 },
            s: [{ c: 38, t: { e: 36 } }, 180],
            t: { a: 0, n: 609, v: 11 },
            v: 88
          },
          167
        ],
        f: [
          {
            a: { r: { e: { ".": 36 } } },
            i: { n: { e: 16 } },
            ø: { r: { e: { ".": 49 } } }
          },
          173
        ],
        g: {
          a: [{ ".": 162 }, 610],
          e: [{ r: 15, s: 5 }, 12],
          i: { e: { n: { e: 116 } } },
          s: { k: 23 }
        },
        h: { a: { g: 49, l: { e: 49 } } },
        i: [
          {
            a: 90,
            b: 42,
            e: { n: { e: 53, t: 166 }, t: 152 },
            g: 88,
            k: { a: 61 },
            m: 11,
            n: { d: 12, k: 12, n: 12, s: 12 },
            r: { o: 91 },
            s: [{ a: 5 }, 168],
            t: [{ i: [{ m: { e: { ".": 120 } } }, 0] }, 168]
          },
          153
        ],
        k: { a: 15, e: { s: 164 }, o: [{ s: { e: { ".": 36 } } }, 15], s: 452 },
        l: [{ a: { t: { e: 16 } }, e: 15 }, 168],
        m: {
          a: { l: { t: 87 }, n: { g: 22 }, p: 4 },
          e: { l: 15 },
          u: { n: 85 },
          æ: 49
        },
        n: {
          a: { r: 1 },
          e: { d: [{ r: 36 }, 14], t: 15 },
          o: { l: 1 },
          t: 24
        },
        o: [
          {
            a: 90,
            e: 90,
            f: { f: 12 },
            g: 38,
            i: 22,
            n: 153,
            p: 69,
            r: [{ d: { a: 49 } }, 277],
            s: { a: 38 },
            t: 38,
            v: { e: 12, n: 15 }
          },
          162
        ],
        p: { e: { s: 36 } },
        r: 162,
        s: [
          {
            a: { l: { t: 22 } },
            e: { n: 15, r: { k: 1 }, t: { a: 49, e: { ".": 16 } } },
            i: 12,
            k: { a: { r: 22 }, e: { i: 611 }, l: 148, u: 23 },
            l: 182,
            m: { å: { l: { a: 91 } } },
            n: 69,
            o: [{ n: { a: 49, e: 49 }, v: 49 }, 67],
            p: { a: 23 },
            t: { e: { n: 23 } },
            u: 69,
            v: { a: { r: { e: 33 } } },
            y: 12,
            ø: 35
          },
          173
        ],
        t: [
          {
            a: {
              k: 85,
              l: { a: { ".": 46 } },
              n: { d: 26 },
              p: { e: 49 },
              v: 26
            },
            e: { i: { g: 80 }, k: 1, m: 12, r: { f: 3, m: 109 } },
            i: { i: 15, l: 2, s: 15 },
            o: { d: 164, k: 4, n: { e: 49 }, r: [{ i: 22 }, 5], u: 1 },
            r: { e: { s: 22 }, å: { d: 22 } },
            å: [{ r: 85 }, 5]
          },
          173
        ],
        u: [
          { d: [{ e: 35 }, 32], h: 23, m: 38, t: [{ a: 103, f: 1 }, 53] },
          69
        ],
        v: { a: { r: { a: 49 } }, e: { g: 15 }, s: 24 },
        y: [{ a: 152, n: 69 }, 162],
        ø: [{ k: [{ t: 46 }, 84], r: 15, v: [{ d: 46 }, 34], y: 69 }, 173],
        å: { s: 15 }
      },
      s: [
        {
          a: [{ b: 195, d: 11, f: 88, k: { u: 0 }, u: 274 }, 153],
          b: { i: 16 },
          e: {
            f: { i: 14 },
            g: 88,
            l: { e: { i: 38 } },
            m: 88,
            n: [{ a: 11 }, 7],
            s: { l: 22, m: 22, s: { k: 5, p: 36, t: 5 } },
            u: 0
          },
          f: { a: { t: { a: 49 } } },
          h: { i: [{ s: 2 }, 7] },
          i: { e: { n: { e: 127 }, r: { e: 22, t: 22 } }, n: { g: 259 } },
          k: {
            e: { i: [{ e: 120 }, 24] },
            i: { l: 0 },
            l: { a: { r: 39 }, e: { n: 22 } },
            o: [{ p: 17 }, 153],
            r: { i: 90 },
            v: 59
          },
          l: [{ e: 12, o: [{ d: 612 }, 176], u: 15, ø: 15 }, 7],
          m: { a: 35, e: 15, o: 12 },
          n: 88,
          o: [{ v: { e: 2 } }, 90],
          p: { a: { ".": 4 }, e: { ".": 4 }, i: { l: 1 }, o: { r: 1 } },
          s: {
            e: { k: 1, m: 12, n: { s: 15 }, r: { i: { e: 231 } }, v: 17 },
            i: { s: { t: { e: 14 } } },
            k: { i: 4, j: 24, o: 26 },
            l: 39,
            p: { a: 4 },
            t: { r: { o: 61 }, y: 2 },
            v: 6
          },
          t: {
            a: { d: { r: 22 }, l: [{ e: 17 }, 15] },
            e: { ".": 93, g: [{ g: 22 }, 1], k: 1, l: 31, o: 15 },
            i: { ".": 0, a: 93, e: 0, n: 0, s: 15 },
            o: [{ n: { s: 4 } }, 54],
            r: { a: { d: 4, n: 22 }, e: 24, o: 90, u: { p: 22 }, å: 61 },
            ø: 38
          },
          v: 69,
          ø: { y: 15 },
          å: { r: 2 }
        },
        173
      ],
      t: [
        {
          a: [
            {
              d: 38,
              l: { a: 53, d: 15, e: { v: 16 }, o: { v: 23 } },
              n: { e: 155 },
              r: { ".": 155, g: 12, m: 340 },
              s: 38
            },
            153
          ],
          e: {
            d: 61,
            i: [{ n: { t: 22 } }, 4],
            k: { i: 17, l: { a: [{ g: { a: 242 } }, 127], e: 23 } },
            l: {
              e: { m: 15, v: 22 },
              l: { a: { n: 36 }, e: { k: 36 }, i: 5, ø: 46 }
            },
            n: { a: 0, d: { e: [{ ".": 46 }, 169] }, s: { p: 271 } },
            o: 88,
            r: { a: { m: 0 }, e: { t: 0, v: 11 }, o: 0, s: 17, u: 112, å: 0 },
            s: { t: { e: { r: 36 }, é: 22 } },
            t: { a: 17, o: 17, s: 469 }
          },
          f: { ø: 5 },
          i: { e: { r: { t: 61 } }, k: [{ a: 203, o: 40 }, 28] },
          j: [{ a: 11, e: { r: 15 } }, 153],
          n: { e: { r: { o: 4 } }, o: { t: { e: { ".": 16 } } }, å: 4 },
          o: [
            {
              ".": 88,
              a: [{ ".": 38 }, 196],
              b: 88,
              e: { n: { ".": 31 } },
              f: [{ f: 12 }, 11],
              g: { a: 11, r: { a: { m: 11 } } },
              i: 0,
              l: 88,
              n: { e: 22 },
              r: { a: { l: 23 }, d: 17 },
              t: 88,
              u: 88
            },
            153
          ],
          r: [{ e: { d: 2, r: 15, v: 15 }, i: 96, o: { m: 97 }, ø: 97 }, 153],
          s: {
            e: { l: 22 },
            h: [{ u: { s: { v: { æ: 613 } } } }, 4],
            k: { i: 85 },
            o: { p: [{ p: 123 }, 31] },
            p: { r: 22 },
            t: { a: { b: 22 }, e: 2 },
            å: 31
          },
          t: {
            a: { n: { k: 4 }, s: 15 },
            e: { g: { n: 15 }, n: { k: 4 }, s: { e: 15 } },
            i: { n: 15 },
            o: { a: 15 },
            s: { k: 41, p: { o: 17 }, t: { i: 5 } },
            u: { g: 2 },
            y: { p: 1 }
          },
          u: [{ t: 97 }, 153],
          y: [{ e: 32, t: 69 }, 153],
          ø: 153,
          å: 2
        },
        173
      ],
      u: {
        b: 32,
        l: { l: 22 },
        n: { g: { e: { ".": 31 } } },
        r: [{ i: 2, o: 15 }, 1],
        s: { a: 35 },
        t: { a: 32 },
        v: { e: 5 }
      },
      v: {
        a: {
          e: 38,
          k: 153,
          n: { f: { ø: 242 }, o: 49, v: 12 },
          r: { ".": 152, b: 11, e: 39, t: 15, v: 2 }
        },
        e: {
          d: 18,
          i: 153,
          l: [{ a: 23 }, 153],
          n: [{ d: [{ e: 38 }, 0], y: { a: 31 } }, 162],
          r: [
            {
              a: [{ ".": 61, s: 39 }, 18],
              d: { r: 11 },
              e: [{ s: 86 }, 120],
              f: 249,
              g: 164,
              k: { s: 38 },
              r: 166,
              s: { i: { k: 166 }, p: 103 },
              v: 49
            },
            28
          ],
          t: 153
        },
        h: 168,
        i: [{ s: { o: 203 } }, 188],
        j: 173,
        n: { a: 168, e: { s: 1 }, i: 173 },
        o: [{ ".": 38, m: 152, r: 69, t: 38, v: 8 }, 162],
        s: {
          a: { l: 15 },
          e: { k: 1, n: 1 },
          k: { e: 35 },
          l: { e: 1 },
          p: 54,
          t: { e: 22, i: 1 },
          u: { n: 2 },
          y: { k: 17 }
        },
        t: { a: { l: { e: { ".": 36 } } } },
        v: { e: { g: { i: 58 } } }
      },
      w: [{ a: [{ s: 152, t: 183 }, 32], h: 15 }, 69],
      x: 12,
      y: { a: { r: 35 }, s: { l: 22 }, t: 150 },
      z: { a: 153, y: 90 },
      ø: 153,
      å: 153
    },
    ô: { r: { a: 11, e: [{ i: 15 }, 88], i: 153 }, t: 0 },
    ó: { s: { a: 155 }, t: 152, v: 93 },
    ò: { r: { e: 155 } },
    p: {
      a: [
        {
          a: 162,
          c: [{ e: { n: 6 } }, 173],
          d: { ".": 38, e: { b: 12 }, g: 0, s: 5 },
          j: 173,
          k: {
            ".": 168,
            a: 168,
            e: 162,
            k: { a: { s: 23 }, e: { s: [{ l: 16 }, 103] } },
            t: { i: 162 },
            v: 12
          },
          l: {
            a: 567,
            e: [{ o: 614 }, 12],
            i: { m: 2, n: 22 },
            j: 54,
            l: { ø: 22 },
            m: 166,
            ø: 162
          },
          m: [{ e: 15 }, 173],
          n: {
            a: { l: 90, p: 1 },
            d: { e: 39 },
            e: 15,
            g: { s: 80 },
            k: { a: 24 },
            n: { e: { ".": 301 } },
            s: { e: 22, l: 22 },
            t: { r: 46 },
            v: 162,
            y: 1
          },
          p: {
            a: [{ ".": 6 }, 173],
            e: 12,
            o: 162,
            p: { r: 23 },
            r: [{ i: 24 }, 162]
          },
          r: {
            a: { ".": 1, d: 166 },
            b: 173,
            e: { k: 162, n: { a: 162 }, s: { s: 22 } },
            g: 22,
            i: [{ ".": 1, s: 12 }, 173],
            k: { i: 162, l: 127, v: 23 },
            m: 146,
            o: 69,
            r: [{ a: { ".": 32 } }, 162],
            s: 615,
            t: { i: { d: 31, g: 23, n: 23 } },
            u: 22,
            v: [{ i: 120 }, 61],
            ø: 168,
            å: 162
          },
          s: [
            {
              a: 17,
              e: [{ r: 116 }, 35],
              p: 162,
              s: [{ a: { b: 22 } }, 164],
              t: [{ a: { r: 23 }, i: 22 }, 85],
              v: 39
            },
            11
          ],
          t: [
            {
              e: 12,
              i: { s: { t: 1 } },
              r: { e: 4 },
              t: { a: [{ k: 31 }, 93] },
              u: 173,
              v: 451
            },
            69
          ],
          u: { k: 61 },
          v: [{ e: { ".": 1 }, i: 567 }, 173]
        },
        172
      ],
      b: [{ a: { n: { e: { ".": 23 } } }, o: { d: { a: 31 } } }, 566],
      c: { e: 31 },
      d: [{ e: { l: { e: { ".": 23 } } }, ø: [{ d: 39 }, 28] }, 272],
      e: [
        {
          a: [{ k: 18, r: { e: 85 } }, 173],
          b: 162,
          c: 24,
          d: {
            a: [{ s: 166 }, 40],
            d: 162,
            e: 12,
            f: { ø: 33 },
            i: { e: 260 },
            o: { a: 4, n: 4 },
            r: [{ o: 1 }, 162],
            u: 162,
            y: 526,
            ø: 173,
            å: 2
          },
          e: [{ r: 12 }, 31],
          f: [{ t: 38 }, 173],
          g: [{ g: [{ e: { ".": 32 } }, 38], o: 5 }, 173],
          h: 173,
          i: { l: [{ e: { g: 23 } }, 1], n: 189, s: { m: 4 } },
          j: 173,
          k: [
            { a: { ".": 6 }, l: 23, t: { r: { o: [{ s: 16 }, 23] } }, u: 167 },
            173
          ],
          l: [
            {
              a: [{ k: { s: 9 }, l: 166, r: 15 }, 162],
              d: 39,
              e: { d: 162, f: 1, i: 162, p: 4, r: 162, v: 4 },
              i: { v: 168 },
              j: 168,
              l: { o: 23 },
              o: { v: 162 },
              s: { e: 19, i: 42, t: 61 },
              u: [{ n: 15 }, 162],
              y: 173,
              ø: 173,
              å: 168
            },
            11
          ],
          m: [{ b: 153 }, 173],
          n: {
            a: { n: 1, r: 85 },
            d: { e: [{ n: { ".": 274 } }, 24] },
            e: { r: 162, t: 12 },
            g: [{ e: { l: 23 }, l: 61 }, 616],
            i: { n: 5, v: 162 },
            l: { y: 103 },
            s: {
              a: [{ k: 58, l: { a: 91 } }, 62],
              k: 22,
              l: 53,
              m: 75,
              o: 19,
              t: [{ a: 39, e: 61 }, 5]
            },
            t: { a: { g: 61 }, r: 22 },
            y: 168,
            å: 173
          },
          o: [{ s: 40 }, 173],
          p: [{ a: { r: { ".": 22 } }, p: 61 }, 173],
          r: {
            a: {
              a: 18,
              b: 303,
              d: 162,
              i: 1,
              l: 1,
              p: 162,
              t: [{ e: 162 }, 17]
            },
            c: 334,
            e: {
              d: 162,
              i: 162,
              k: 162,
              s: { p: 162, t: 162, u: 162 },
              t: 162,
              v: 1
            },
            i: [{ e: { n: { s: 91 } }, k: 236, s: 124, t: 162 }, 164],
            k: 62,
            l: { e: { s: 31 } },
            m: { u: 22 },
            n: 22,
            o: [{ s: [{ e: { ".": 36 } }, 12] }, 162],
            r: { e: { g: { j: 31 }, i: 31 }, o: 166 },
            s: { m: 36 },
            t: { r: { o: 23, å: 53 } },
            v: { i: { k: 120 } },
            y: 173,
            ø: 168,
            å: 268
          },
          s: [
            {
              ".": 164,
              e: [{ ".": 4 }, 12],
              i: 2,
              k: { a: { ".": 32 }, e: [{ ".": 23 }, 90] },
              l: 168,
              n: 23,
              s: 166,
              t: { ".": 164, e: { ".": 166 }, i: { l: 22 } }
            },
            189
          ],
          t: [
            {
              a: { b: 162, k: { a: 36 }, l: 162, s: 162, u: 162 },
              e: [{ ".": 166, d: 162, i: 168, k: 168, l: 162, m: 162 }, 12],
              i: [{ d: 162, l: 162, m: 1 }, 12],
              j: 173,
              o: 173,
              r: [{ u: 26 }, 307],
              s: 617,
              t: 162,
              u: 173,
              ø: 162,
              å: 162
            },
            94
          ],
          u: 7,
          v: [
            {
              a: { n: { e: { ".": 46 } } },
              i: 15,
              n: [{ e: { ".": 31 } }, 38]
            },
            173
          ],
          ø: 162,
          å: 162
        },
        172
      ],
      é: { r: 164 },
      f: [
        { e: { n: { n: 249 } }, o: 90, r: [{ i: 5 }, 38], ø: { r: { e: 22 } } },
        188
      ],
      g: [{ j: { e: { r: 103 } } }, 174],
      h: [
        {
          a: { v: [{ a: 39, s: 14 }, 183] },
          e: { r: 178, t: { e: 39 }, v: { a: 61, e: 22 } },
          i: { l: { i: 22 } }
        },
        188
      ],
      i: {
        a: { n: { e: 618 }, r: 191, s: [{ e: 191 }, 1], v: 162 },
        b: 162,
        c: { a: { ".": 4 } },
        d: [{ s: 82 }, 173],
        e: { n: [{ d: 168 }, 28], r: { ".": 12, s: 35 } },
        f: [{ r: 35 }, 173],
        g: { g: { e: 22, u: 481 }, j: 252 },
        h: 173,
        i: 168,
        k: {
          e: { h: 1, l: 4, r: { o: 80 } },
          é: 1,
          k: [{ o: 24 }, 167],
          l: 162,
          u: 17
        },
        l: {
          a: [{ ".": 4 }, 15],
          e: { p: 12 },
          l: {
            a: { g: 23 },
            b: { a: 123 },
            e: { d: 31, g: [{ a: 409 }, 23], r: { a: 120 }, s: 619 }
          },
          o: 69
        },
        m: 173,
        n: {
          a: { ".": 1 },
          e: { ".": 1, d: 35, l: 1, v: 5 },
          g: [{ o: 31, r: 18, s: { k: 17 } }, 164],
          n: { s: 168 },
          s: { l: 23 },
          ø: 7
        },
        o: { n: { a: { n: 47 }, s: 17 } },
        p: [{ i: 1, l: { a: 39 } }, 620],
        r: { a: { r: 1 }, e: { s: 1 }, u: { t: 1 } },
        s: {
          i: { e: 49 },
          k: { i: 1 },
          o: 173,
          s: { l: 5, p: 23, t: 23 },
          t: [{ r: [{ a: { ".": 143 } }, 53] }, 54]
        },
        t: [
          {
            a: [{ l: { a: { ".": 16 } } }, 35],
            é: 15,
            i: 173,
            j: 162,
            r: 162,
            t: 22
          },
          172
        ],
        u: 173,
        v: 286,
        ø: 162
      },
      p: [
        {
          i: [
            {
              p: 93,
              d: 69,
              l: 259,
              m: 15,
              n: { f: 12, n: 169 },
              r: [{ r: { e: { ".": 46 } } }, 2],
              s: { t: 0 }
            },
            153
          ],
          a: {
            d: 88,
            k: [{ t: 12 }, 88],
            l: 368,
            n: { e: 155, g: { r: 15 }, k: 15, l: 193 },
            p: 88,
            r: { ".": 155, r: 15 },
            s: { t: 152 },
            t: 377
          },
          e: {
            e: 0,
            i: 626,
            l: { s: 80 },
            n: { a: 0, d: { e: { r: 340 }, r: 0 }, e: { s: 39 }, ø: 0 },
            p: 112,
            r: { a: 22, e: { ".": 152 }, k: { l: 0 } },
            s: { e: { n: 40 }, n: 35, t: { i: 46 } },
            t: { a: [{ s: 9 }, 0], e: 0, t: 15 },
            u: 88
          },
          h: 32,
          j: 69,
          k: 12,
          l: [{ a: { s: { t: 15 } }, e: { d: 12, i: 15, v: 35 } }, 69],
          n: 15,
          o: { f: 69, l: [{ d: 12 }, 399], m: 15, p: 259, r: { k: 12 }, v: 69 },
          p: 15,
          r: [
            {
              e: { i: 15 },
              i: { n: 15, s: [{ s: 2 }, 1], v: 35 },
              o: { ".": 35, p: { r: { i: 409 } }, t: 2 }
            },
            69
          ],
          s: [
            {
              e: { t: { e: { ".": 36 } } },
              k: { a: [{ k: 33 }, 12] },
              p: [{ e: 35, l: 12 }, 28],
              t: [{ o: 2 }, 28]
            },
            69
          ],
          t: 530,
          u: [{ k: 69, t: 15 }, 88],
          ø: [{ s: 46 }, 34],
          å: 11
        },
        173
      ],
      k: [{ a: { v: [{ a: 32 }, 22] } }, 440],
      l: [
        {
          ".": 167,
          a: {
            d: [{ e: { ".": 32 } }, 173],
            k: 0,
            n: { ".": 0, d: { e: 16 }, e: { ".": 162 }, g: 621, s: 17 },
            p: 18,
            r: 187,
            s: [{ t: 23 }, 88],
            t: [{ i: { n: { a: 373 } } }, 88]
          },
          e: {
            ".": 173,
            d: 173,
            g: { i: 93 },
            i: { s: 162 },
            k: 88,
            n: { u: 622, a: 42 },
            r: { u: 47 },
            s: { e: { ".": 32 } },
            v: 162
          },
          i: [{ t: 162, v: [{ a: 61 }, 90] }, 88],
          o: { g: { j: 23 }, i: 453, k: 153, v: 248 },
          u: { e: 23, k: 0, n: [{ d: { r: { i: 202 } } }, 18] },
          y: [{ d: 112 }, 153],
          æ: { r: { e: 22 } },
          ø: { p: { a: 31 } },
          å: 153
        },
        4
      ],
      m: 361,
      n: [{ e: { r: 152, s: { e: { ".": 31 } } } }, 272],
      o: [
        {
          a: 35,
          d: [{ a: { ".": 4 }, e: { ".": 1 } }, 32],
          e: { m: 4 },
          f: [{ r: 21 }, 173],
          g: 31,
          h: 162,
          i: { d: 15 },
          k: { e: 173 },
          l: {
            a: { n: 4 },
            e: [{ k: 1 }, 12],
            j: 168,
            l: { i: 22 },
            o: { m: 4 },
            s: { k: { a: 623 } },
            u: 7
          },
          m: [{ p: { u: 481 }, s: 22 }, 173],
          n: {
            ".": 162,
            d: 22,
            g: { r: 23, s: 120 },
            s: [{ a: 22, v: 23 }, 624]
          },
          p: { a: 129, e: { ".": 4 }, n: 38, s: 54 },
          r: {
            ".": 173,
            a: 69,
            d: 267,
            e: [{ f: 1, g: 4 }, 182],
            é: 6,
            g: 188,
            i: 173,
            k: 173,
            s: { v: 127 },
            t: { o: { r: 23 }, r: { o: 53, å: 23 } },
            v: 173,
            æ: 69,
            ø: 69
          },
          s: {
            e: { ".": 1, s: 1 },
            j: 162,
            t: [{ a: [{ s: 22, t: 15 }, 1], e: 24 }, 7],
            v: 280
          },
          t: {
            ".": 166,
            a: [{ k: 33 }, 191],
            e: [{ ".": 1, k: { l: 14 } }, 12],
            h: { a: 20 },
            i: 164,
            r: 162
          },
          u: 162,
          v: [{ e: [{ r: { n: 120 } }, 36] }, 625],
          w: 23
        },
        172
      ],
      r: [
        {
          ".": 162,
          a: {
            d: 162,
            k: { s: 164 },
            l: { i: 61 },
            n: [{ s: 18 }, 173],
            t: { ".": 166, e: [{ ".": 22 }, 166] },
            y: 162
          },
          e: {
            f: 166,
            i: { e: { r: { ".": 16 } }, i: 162 },
            l: { e: { m: 15 } },
            m: 172,
            n: { s: 5 },
            s: [{ ".": 168, s: { a: { k: 36 } }, t: { a: { s: 11 } } }, 172],
            t: { e: { n: 627 }, t: 162 }
          },
          i: {
            f: 90,
            k: { e: 22 },
            l: { e: 41 },
            n: { g: 162, o: 166, s: [{ e: 629, i: 629 }, 628] },
            s: [{ k: 47, t: 18 }, 172],
            t: 173,
            v: { e: 39 }
          },
          o: [
            {
              ".": 167,
              c: 306,
              f: 164,
              g: { ".": 162, e: 162, l: 162 },
              i: 181,
              p: { ".": 38 },
              s: [{ e: 191 }, 164]
            },
            184
          ],
          u: [{ n: { g: { e: 16 } }, t: { a: 22, e: 22 } }, 168],
          ø: {
            r: [{ s: { t: 14 } }, 168],
            s: 42,
            v: [{ e: { l: { s: 22 } } }, 166],
            y: 173
          },
          å: [{ d: { a: 32 }, k: { i: 18, o: 23, k: 80 } }, 162]
        },
        4
      ],
      s: [
        {
          a: { ".": 153, n: 20 },
          c: 153,
          e: {
            ".": 90,
            i: { g: { e: 46 } },
            k: 88,
            l: [{ y: 9 }, 259],
            n: { ".": 90, s: 38 },
            r: { ".": 152 },
            t: { e: 38, s: 38 }
          },
          h: 88,
          i: { b: 11, n: { s: 15 }, s: 152 },
          j: { o: 89 },
          k: {
            i: { l: 193 },
            j: { e: { n: 2 } },
            o: [{ ".": 252, d: 90, e: 229 }, 259]
          },
          l: {
            e: 88,
            o: { ".": 192 },
            ø: { v: { a: 46, e: { ".": 36 } } },
            å: 89
          },
          m: [{ å: { l: { a: { ".": 46 } } } }, 88],
          n: [{ o: 1 }, 88],
          o: [{ d: 90 }, 69],
          p: { i: { l: { a: 49 } }, l: { e: 15 }, r: { e: 89, o: 169 }, u: 15 },
          s: 67,
          t: [{ a: { l: 2 }, e: { m: 169 }, v: 12, å: 149 }, 28],
          u: { r: 23, s: 89 },
          v: [{ a: 88, e: 88, i: { n: { g: 1 } }, æ: 0 }, 69],
          w: 15,
          y: { k: { e: 24, o: 164 }, s: 162 },
          ø: [
            { k: [{ e: { ".": 23 } }, 151], y: [{ e: { n: { e: 49 } } }, 46] },
            259
          ],
          å: 69
        },
        173
      ],
      t: [
        {
          a: { l: { a: { ".": 32 }, e: { ".": 23 } }, r: { k: 2 } },
          e: [{ k: 31, m: { a: { ".": 23 } }, r: { e: 61 } }, 90],
          i: 38,
          o: { g: 61, u: 0 },
          u: { s: { t: 17 }, t: 0 }
        },
        188
      ],
      u: [
        {
          b: { r: 1 },
          c: 166,
          d: { y: 356 },
          g: { l: 38 },
          k: 7,
          l: { a: 2, e: { ".": 6 }, l: 36 },
          m: [{ a: { ".": 1 } }, 166],
          n: { k: { t: [{ e: 80 }, 271] }, n: 173 },
          r: [{ e: { ".": 1, a: 6 }, i: 164, k: 164, u: 22, v: 24 }, 173],
          s: { a: 2, h: 23, l: { u: 16 } },
          t: {
            a: [{ ".": 1, s: 15 }, 69],
            e: { r: 15, v: 15 },
            g: 162,
            s: 173,
            t: { r: 31, u: 23 },
            v: 173,
            ø: 168
          }
        },
        172
      ],
      v: [{ e: { r: 16 }, i: { s: { e: { ".": 23 } } } }, 188],
      y: {
        d: { r: 1 },
        o: 6,
        r: { a: 164, e: 69, o: 69 },
        s: [{ a: { ".": 4 }, e: { ".": 1 }, t: 31 }, 168]
      },
      z: 248,
      æ: [{ r: { e: { ".": 1 } } }, 172],
      ø: {
        k: { j: 69 },
        r: { r: { e: { t: 23 } } },
        s: { a: { ".": 6 } },
        t: { a: 35, e: 35 },
        v: 630
      },
      å: {
        b: [{ y: { ".": 1 } }, 166],
        k: 8,
        l: [{ a: { ".": 1 }, e: { ".": 1 } }, 172],
        n: 38,
        p: { e: 12, l: 69, n: 153 },
        r: 69,
        s: [{ k: { o: 2 }, m: 15 }, 172],
        t: [{ å: 631 }, 67],
        v: 172
      }
    },
    q: { a: 15, u: [{ a: { r: { ".": 35 } }, e: [{ r: 61 }, 172] }, 7] },
    r: {
      a: {
        a: { m: 162, r: 162 },
        b: { i: { s: 162 }, o: 71, r: 162, y: 173 },
        c: { e: { t: 12 }, h: 12, i: 166 },
        d: {
          a: 67,
          f: 162,
          i: { o: 632, r: 162 },
          j: 162,
          m: 173,
          r: [{ e: 90 }, 189],
          s: 255,
          v: { i: 103 }
        },
        e: { d: { e: 15 }, l: 5, r: { k: 162 } },
        f: {
          f: { e: { r: 23 } },
          i: { u: 1 },
          j: 7,
          o: [{ ".": 15, s: 1 }, 173],
          r: [{ e: 15 }, 173],
          t: 168,
          u: 1,
          y: 4
        },
        g: { e: { a: 2, e: 15 }, l: 173 },
        h: 406,
        i: { d: 191, n: { t: 15 }, s: { k: 12 } },
        k: {
          a: { d: 274, r: 35 },
          e: { l: 2 },
          h: { a: 20 },
          k: [{ e: { l: 23 } }, 88],
          r: [{ o: 15 }, 11],
          s: [{ a: 31, e: [{ ".": 31 }, 65], t: 120 }, 173],
          t: { i: 162, r: 18 },
          u: 169,
          v: 162
        },
        l: {
          a: { n: { s: 22 } },
          b: { u: { m: 168 } },
          d: { s: 166 },
          e: { d: 162, o: 15 },
          g: [{ e: 248, o: 248 }, 24],
          i: { e: { n: 80 }, n: 1 },
          j: 54,
          l: { e: 22 },
          m: 61,
          o: { i: 36, p: 24 },
          y: 15,
          ø: 162,
          å: 633
        },
        m: {
          a: { g: 1, s: 1 },
          b: [{ i: 634, u: { e: { n: { s: 33 } } } }, 24],
          e: { d: 168, r: 303, t: { ".": 32 } },
          i: { l: 162 },
          o: 54,
          p: { e: { r: { i: 159 } }, u: 144 },
          s: { e: { t: { e: { ".": 91 } } } },
          t: { a: { l: { a: { ".": 91 }, e: { ".": 120 } } } },
          u: 162,
          y: 168
        },
        n: {
          ".": 0,
          a: { a: 1, l: 434, r: 15 },
          c: { s: 39 },
          d: { e: { ".": 635, l: 38 }, r: 18, s: { a: 80 } },
          e: 0,
          f: { a: 162 },
          g: { e: 22, i: 168, s: { t: 17 } },
          i: { a: 91, n: 4 },
          k: { v: 24 },
          l: [{ i: 11 }, 267],
          m: 188,
          n: [{ e: { t: { t: 47 } }, i: { n: 53 }, s: 124 }, 0],
          s: { k: { a: { r: 16 } }, v: 162 },
          t: { i: { k: 23 } },
          u: [{ t: 31 }, 15],
          ø: 162
        },
        o: 173,
        p: {
          a: 162,
          e: { l: 1 },
          i: { n: 162, r: 1, s: 1, t: 4 },
          l: 69,
          o: [{ s: 1 }, 162],
          p: { a: 162, l: 248, o: 164 },
          r: 189,
          s: 162,
          u: 162
        },
        r: {
          ".": 253,
          b: [{ e: { h: 191 } }, 173],
          e: { a: 162, g: 162, l: 19, p: 265, t: { a: 61 } },
          g: [{ u: 168 }, 153],
          i: { n: { n: { a: 167, e: 168 } } },
          k: { a: { ".": 32 } },
          m: [{ a: { ".": 32 } }, 187],
          n: 168,
          r: [{ e: 24 }, 162],
          s: 22,
          t: [{ a: { ".": 31 } }, 636],
          ø: 12
        },
        s: {
          a: 162,
          c: 173,
          e: { a: 12, l: 162 },
          h: 24,
          k: { a: { r: { a: 91 } }, e: 24, i: 1, o: 40 },
          l: 4,
          s: { l: 5, t: 61 },
          t: { i: [{ l: 9 }, 162], j: 162, r: { e: 17 }, y: 168 },
          v: 61
        },
        t: {
          a: [{ k: 33 }, 69],
          e: [{ ".": 1, g: 269, l: { i: 637 } }, 11],
          f: { e: 162 },
          o: 69,
          r: [{ o: 26, ø: [{ y: 20 }, 1] }, 182],
          t: { e: { l: 22, s: 103 } },
          u: { b: 162, t: 22 },
          y: 168
        },
        u: {
          d: [{ s: 18 }, 191],
          g: [{ a: 31, e: { ".": 31 } }, 168],
          k: 280,
          s: { s: 36 }
        },
        v: [
          {
            d: 168,
            e: { s: 78 },
            g: 162,
            i: [{ s: 89 }, 69],
            l: [{ u: { t: 148 }, ø: { p: { a: 91 }, s: 91 } }, 162],
            r: 31,
            t: 162,
            y: 15,
            ø: { r: 12 }
          },
          173
        ],
        w: 162,
        z: { z: 19 },
        ø: [{ y: 5 }, 173]
      },
      b: [
        {
          a: { d: 24 },
          e: { d: [{ e: [{ n: 17, t: 17 }, 103], r: { a: 49 } }, 28] },
          i: { e: [{ r: 39 }, 46], g: 88, k: 88, s: { t: [{ r: 17 }, 120] } },
          o: { d: { i: { ".": 32 } }, n: { i: 23, s: 16 }, r: { e: 22 } },
          r: { a: { s: 17 }, e: { i: 120 } },
          u: { e: { n: 22 } },
          ø: 38
        },
        638
      ],
      c: 153,
      d: [
        {
          a: {
            b: 0,
            g: [{ s: 271 }, 38],
            h: 38,
            k: 169,
            l: [{ a: 0, e: { ".": 23 }, s: 14 }, 5],
            m: { e: { s: 23 } },
            n: { o: 148, t: [{ a: 15 }, 0] },
            r: { m: 193, t: 193 },
            t: { l: 15, m: 0 },
            u: 193
          },
          d: 67,
          e: {
            d: { i: 11 },
            e: { n: 23 },
            f: { i: 90 },
            g: { e: 9 },
            i: 69,
            k: { a: 155, l: 0, s: 0 },
            l: { o: 11 },
            m: { i: 11 },
            n: {
              a: 152,
              g: 96,
              h: 96,
              s: [{ e: 190 }, 43],
              t: { a: { l: { e: { ".": 242 } } } }
            },
            o: 0,
            p: { o: 11 },
            r: { i: { k: 0 }, s: { t: 169 } },
            s: { m: 31 },
            t: { a: 34, t: 96 }
          },
          é: 93,
          f: { e: { s: 14 } },
          i: {
            a: { n: [{ a: 0, s: 0 }, 24], u: 11 },
            d: 0,
            e: 82,
            f: 88,
            g: { r: { e: { s: 31 } }, s: 124 },
            k: { a: 0, l: 0, u: 0 },
            l: 88,
            m: { i: 11 },
            o: [{ v: 24 }, 88],
            s: { h: 0 },
            t: 88,
            u: 88
          },
          j: { e: 15, u: 153 },
          m: 206,
          n: [{ æ: 5 }, 12],
          o: {
            b: 155,
            d: 198,
            l: 0,
            n: { n: { a: { ".": 46 } } },
            p: 69,
            r: 11,
            s: { t: 12 },
            v: [{ e: { r: 139 } }, 182]
          },
          r: {
            a: { d: 155, k: 90, n: 15, r: { a: 2 }, s: 12 },
            e: { i: 90, t: 12, v: { ".": 38 } },
            i: 69,
            o: { t: 12 }
          },
          s: {
            e: { i: 12 },
            k: { e: 6, v: 23 },
            t: { a: { n: 22 }, o: [{ g: 14 }, 12], r: { e: 61 }, u: 61 },
            v: { a: { r: 33 } }
          },
          t: [{ a: { k: { a: 46 } }, r: 15, ø: 2 }, 15],
          u: { n: { d: 12 } },
          v: { e: 15, i: { k: { a: { ".": 46 } } } },
          y: { g: 0, p: { e: 22 }, r: { e: 24 }, t: 96 },
          æ: [{ r: [{ e: 639 }, 252] }, 97],
          ø: { s: 213, v: { e: { ".": 23 } } },
          å: { r: 12, s: 40 }
        },
        162
      ],
      e: {
        ".": 172,
        a: { n: 173, r: { a: { n: 640 }, e: 17 }, v: 162 },
        b: 173,
        d: {
          a: { k: 164, m: 168 },
          e: { f: 12, n: 15, s: 12 },
          i: [{ g: 164 }, 12],
          l: 153,
          o: 173,
          r: [{ i: 26 }, 173],
          s: { k: { u: 22 }, l: [{ a: 17, e: { d: 77 } }, 23] },
          u: { k: 164 },
          y: 168,
          ø: 173
        },
        e: [{ l: { ".": 1 }, r: 12 }, 173],
        f: {
          a: 167,
          f: 162,
          i: 162,
          j: 173,
          o: { s: 168 },
          r: 168,
          t: 162,
          ø: 173
        },
        g: {
          a: { r: 162, t: { a: 16 } },
          e: [{ b: 162, l: 15, n: 162, r: 162 }, 12],
          g: 162,
          i: [{ a: 1, l: 1 }, 172],
          l: 54,
          r: 173,
          u: { b: 162, d: 162 },
          å: 173
        },
        h: 173,
        i: {
          d: 173,
          e: 173,
          g: [{ a: { ".": 32 }, e: { ".": 32 } }, 188],
          k: 162,
          l: 39,
          n: {
            a: { ".": 22, s: 61 },
            d: { e: 15 },
            e: { ".": 22, s: 61 },
            s: { k: { j: 36 } },
            v: { a: 1 }
          },
          r: { a: 39 },
          s: { a: 22, i: 24, k: { a: 61 }, l: { e: { d: 36 } }, m: 2 },
          v: { a: 134, e: 22 }
        },
        j: 173,
        k: {
          ".": 168,
          a: { ".": 15, v: 15 },
          e: { n: 2 },
          j: 162,
          k: { a: { n: 36 }, v: 53 },
          l: { a: { m: 166 }, e: { d: 23 }, i: { r: 20 } },
          o: [{ b: 162, m: 162, n: 162, s: 168 }, 2],
          r: { a: 162, u: 164 },
          s: { a: 90, p: 168 },
          t: { e: { r: 23 } },
          u: 162
        },
        l: {
          ".": 93,
          a: [{ g: 162, n: { d: { s: { k: { ".": 301, e: 301 } } } } }, 35],
          e: [
            { g: { e: { ".": 46 } }, i: 169, k: 168, n: [{ e: 191 }, 2] },
            641
          ],
          g: 168,
          i: { t: 90 },
          j: 265,
          l: [{ a: { g: 23, n: { d: 31 } }, e: { d: 22, v: 23 } }, 88],
          m: 337,
          s: { e: { s: 22 }, k: 23 },
          u: 281,
          v: 162,
          y: 286,
          æ: 173,
          ø: 173,
          å: [{ r: 16 }, 642]
        },
        m: [
          {
            a: { n: { n: 123 } },
            b: 153,
            i: { e: { n: { e: 36 } }, l: 36, s: 2 },
            j: { i: 39 },
            m: { e: { d: 139 } },
            n: [{ a: 32 }, 168],
            p: 42,
            s: 54,
            t: { i: { d: { a: 33 } } },
            u: 162,
            y: 167,
            å: 162
          },
          173
        ],
        n: {
          a: 285,
          d: { e: { l: 23 }, r: 162 },
          e: { d: 167, g: 15, i: 2, k: 162, l: 89, s: { t: 162 }, t: 168 },
          g: { d: 168, l: 17, n: 162, s: { t: 17 } },
          i: 15,
          k: [{ l: 31 }, 173],
          l: 90,
          n: { e: { s: { l: [{ a: 186 }, 48] } } },
          o: 15,
          s: { a: 22, s: 90 },
          t: { i: { t: 306 }, r: 643, u: 168 },
          u: 162,
          z: 166,
          æ: 168,
          ø: 162
        },
        o: { g: 15, p: 173, r: 67, u: 166 },
        p: { e: { n: 167 }, i: 324, u: [{ s: 168 }, 172] },
        r: [
          {
            a: { d: 168, n: { g: 644 }, t: 279 },
            e: {
              ".": 15,
              d: 162,
              f: 162,
              g: 162,
              i: 162,
              k: 1,
              n: { t: 162 },
              p: 162,
              s: { e: 162, u: 162 },
              t: 162
            },
            f: { a: 168 },
            i: { g: 162, k: 162 },
            n: { æ: 181 },
            o: { l: 162, m: 162, s: [{ e: { ".": 36 } }, 12], t: 15 },
            s: [{ p: 5 }, 164],
            u: { t: { e: 162 } },
            ø: { y: 21 },
            å: 173
          },
          172
        ],
        s: {
          ".": 172,
          a: 173,
          c: 107,
          e: [{ l: 162, m: 1, t: 162 }, 12],
          i: { e: { r: { e: 16 } }, n: 162 },
          j: 173,
          k: [{ e: 22, j: { e: { ".": 21 } }, l: 31, o: { d: 61 }, y: 4 }, 173],
          l: [{ u: 1 }, 645],
          m: [{ o: 15 }, 172],
          o: { v: 12 },
          p: { e: 35, i: 162, r: 162 },
          s: [
            {
              a: { l: 23 },
              e: { k: 23 },
              i: { t: 23 },
              j: 23,
              k: 31,
              o: { r: { t: 31 } },
              p: 23,
              t: 23,
              y: 23
            },
            173
          ],
          t: {
            a: { n: { e: 39 }, u: 166 },
            e: { r: { v: 47 }, s: 23 },
            é: 24,
            i: [{ l: 23 }, 265],
            r: [{ e: 162 }, 12],
            v: 191,
            y: 236,
            å: 162
          },
          u: [{ k: 168, n: 162 }, 172],
          v: { e: 34, i: 12 },
          y: 173,
          ø: 173
        },
        t: {
          a: { k: { i: 162 }, l: 162, p: 1 },
          e: { a: 162, k: { ".": 167, e: 168, n: 162 }, l: 168, m: 269, n: 15 },
          i: 236,
          j: 162,
          o: { a: 162 },
          r: 646,
          s: { i: 5, t: 23 },
          t: { e: { d: 61, r: 22 }, o: 46, s: { e: { t: 36 } } },
          u: 236,
          y: 173,
          ø: [{ y: { a: { ".": 166 }, e: { t: { s: 191 } } } }, 173],
          å: 268
        },
        u: [{ r: 31 }, 173],
        v: {
          a: { k: 162, n: 15, r: { e: { ".": 17 } } },
          e: { g: 168, i: 162, l: 162, n: { h: 21 }, r: 15, s: 17 },
          i: { g: 89, n: { n: 26 } },
          o: { m: 2 },
          y: 172,
          å: { p: 26 }
        },
        w: 164,
        å: 173
      },
      f: [
        {
          a: { r: { e: 22 }, t: 17 },
          e: {
            e: { n: { ".": 32 }, r: 32, t: { ".": 23 } },
            i: { l: { i: 17 } },
            m: { ø: 19 }
          },
          i: { k: 0 },
          l: { å: 18 },
          t: 28,
          u: { s: { e: 32 } },
          y: { r: 5 },
          æ: 155,
          ø: { r: { a: { r: { a: { r: 32 } } } } }
        },
        188
      ],
      g: [
        {
          a: {
            ".": 38,
            l: { e: { ".": 32 }, i: 32 },
            n: { d: 15, n: 152, v: 169 },
            r: { i: 24, t: 12 },
            v: { e: { ".": 23 } }
          },
          e: {
            d: { i: 11 },
            f: 0,
            m: 88,
            n: { t: 103 },
            o: 90,
            r: { e: { i: 0, t: 0 }, u: 196 },
            s: { j: 0, l: 0, t: { a: 0 } }
          },
          i: {
            a: 54,
            e: { n: 5 },
            k: 88,
            l: 88,
            m: 88,
            o: 88,
            r: [{ i: 34 }, 88],
            s: { l: 61 },
            ø: 88
          },
          l: { e: [{ ".": 15, m: 14, n: 12, r: 12 }, 7] },
          n: 88,
          o: { g: 0, m: 90, t: 88 },
          r: { a: { b: 15 }, e: { a: 12, l: 12, p: { s: 15 } }, i: 97, u: 90 },
          s: {
            c: 15,
            k: { o: { r: 31 } },
            l: { e: 9 },
            n: 69,
            t: { i: { l: { l: 20 } }, o: 15, u: 35 },
            y: 7
          },
          u: { d: 61, t: 4 },
          å: { a: { s: 39 }, v: { a: 31, e: { ".": 31 } } }
        },
        188
      ],
      h: [
        {
          a: { v: [{ s: 203 }, 183] },
          j: { u: { l: { s: 91 } } },
          o: { d: 24 },
          u: 152,
          ø: { r: { e: 22 } },
          å: { n: { d: { s: 647 }, e: 39 } }
        },
        188
      ],
      i: {
        a: {
          n: [{ f: 162, l: 162, s: { v: 168 } }, 69],
          r: [{ b: 162, r: 162 }, 69],
          u: 168,
          v: [{ a: 1, o: 648 }, 173]
        },
        b: [{ l: 107 }, 173],
        c: { a: { ".": 6 }, o: { ".": 1 } },
        d: { a: [{ l: { e: 162 } }, 15], e: { r: 15 }, i: 15, r: 188, t: 24 },
        e: {
          i: { e: 162, g: 162 },
          k: { s: 162 },
          l: [{ d: 168, e: { m: 162 }, i: { m: 168 }, l: { a: 5 } }, 69],
          n: [{ d: 12, h: 162, t: [{ r: 78 }, 162] }, 23],
          r: [{ a: 22, i: 22 }, 69],
          t: { a: { t: 162 } },
          v: { e: { n: 15 } }
        },
        f: {
          a: 173,
          e: { r: { i: { e: 137 } } },
          f: { i: 23 },
          i: { s: { e: { r: { b: { a: 649 } } } } },
          j: 168,
          l: [{ a: 22 }, 172],
          o: 173,
          u: 173,
          ø: 650
        },
        g: {
          a: { ".": 1 },
          g: { r: 23 },
          i: 12,
          j: 162,
          r: { e: 162 },
          s: [{ t: 127 }, 28]
        },
        h: 173,
        i: 173,
        j: [{ ".": 166 }, 173],
        k: {
          a: { l: { i: 1 }, n: 15 },
          d: 166,
          e: { s: 12 },
          i: 2,
          k: { e: { n: 61 }, j: 17 },
          l: [{ a: 219 }, 162],
          o: [{ n: 168 }, 278],
          r: 419,
          s: { k: 23, u: 53 },
          t: [{ s: 203 }, 36],
          u: { m: 36 },
          v: 34,
          å: 162
        },
        l: {
          a: 173,
          d: { e: 274 },
          e: { d: 168, i: 15 },
          l: { e: { s: { t: 31 } } },
          o: 286,
          s: { n: 23 },
          ø: 173
        },
        m: {
          a: [{ b: 35, r: 35 }, 162],
          e: { s: 168, t: 15 },
          i: [{ ".": 1, s: 191 }, 173],
          l: 61,
          m: 162,
          o: [{ r: 1 }, 162],
          p: 187,
          u: [{ t: 39 }, 162],
          y: 162
        },
        n: {
          a: { l: 17, m: 20, s: 162 },
          c: 248,
          d: [{ u: 90 }, 162],
          e: { e: 1, s: 1 },
          f: 188,
          g: { o: { m: 61 }, r: 18, s: { a: [{ k: 14 }, 651], p: { a: 46 } } },
          j: 361,
          k: 173,
          n: [{ e: { s: 39 } }, 162],
          o: { r: 162 },
          s: [{ k: 36, m: 31 }, 173],
          t: [{ j: 53, r: 23 }, 173],
          v: 173,
          ø: 4
        },
        o: { f: 189, m: 465, p: 189, r: 173, s: 42, t: { r: 18 } },
        p: [{ e: 162, o: { s: 43 } }, 173],
        r: 281,
        s: {
          a: { u: 162 },
          e: { d: 162, i: 17, k: 168, l: [{ i: 1 }, 162] },
          h: 162,
          i: { k: { o: 166 } },
          j: [{ u: 4 }, 173],
          k: { a: 162, i: 1, u: 168, y: 162 },
          t: {
            a: { d: 168 },
            e: { d: 236 },
            i: { k: 22, l: 162 },
            o: [{ f: 22 }, 1],
            u: { n: 15 },
            ø: 168,
            å: 4
          },
          v: 162,
          y: 162,
          ø: 162
        },
        t: {
          e: [{ o: 168 }, 12],
          i: [{ d: { a: 49 }, l: 162 }, 2],
          j: 162,
          o: 20,
          r: 15,
          s: 617,
          u: { n: 4 },
          y: 162
        },
        u: { n: 173, r: 23, t: 173 },
        v: {
          a: { r: 162 },
          e: { d: 4, g: { e: 49 }, i: 15, r: { k: 162 } },
          i: [{ s: [{ e: 22 }, 372] }, 173],
          o: 168
        },
        ø: { k: 162, r: { a: 41 }, y: { a: 167 } },
        å: 162
      },
      j: [
        {
          a: { m: { b: { i: 2 } } },
          e: { r: { e: 0 }, s: 88, t: { i: 0, r: 0, u: 0 } },
          u: { l: { a: 31 } }
        },
        153
      ],
      k: [
        {
          a: { k: { t: 12 }, n: { f: 11 }, o: 0, p: { r: 0 }, t: { r: 11 } },
          e: {
            ".": 90,
            h: 88,
            i: { k: [{ a: 46 }, 15] },
            k: 11,
            l: { o: 0, u: 196 },
            n: { ".": 90, a: { v: 0 }, e: 90, i: 0, s: 38 },
            r: { i: [{ s: 0 }, 22], o: 0, s: 38, u: 196, ø: 0 },
            s: { e: 23, l: { ø: { s: { e: 170 } } } },
            t: { ".": 155 }
          },
          h: { a: { n: 1 } },
          i: [{ d: 24, e: 24, v: { i: 23 } }, 90],
          j: { e: { k: 91 }, o: { r: 15 } },
          k: 8,
          l: {
            e: { d: 95 },
            i: 7,
            u: { n: 15, t: 35 },
            æ: { r: { e: 17 } },
            ø: 7,
            å: { r: { a: 49 } }
          },
          n: { e: { k: 90, p: 38, s: 2 }, o: 90 },
          o: {
            b: [{ r: 47 }, 88],
            f: { o: 11 },
            h: 88,
            l: { a: 0, i: 0 },
            p: { e: 0 },
            r: { a: 0, u: 0 },
            s: { e: { l: [{ e: 31 }, 0] }, j: 0 }
          },
          r: { a: { s: 96 }, e: { i: 15, m: 149 } },
          s: [
            {
              a: { r: 1 },
              e: { g: 478 },
              i: 129,
              k: { a: 1 },
              t: [{ a: { l: 4 }, e: { n: 1 }, i: 26, j: 1, o: 1 }, 69],
              v: { i: 3 }
            },
            93
          ],
          t: { i: [{ s: 5 }, 15], o: 15 },
          u: { l: { e: { ".": 23 } }, t: 251 },
          v: { e: { d: 652, i: 15, l: 38, r: 0, s: 12 }, i: { k: 15 } },
          ø: { l: 169, y: [{ s: 35 }, 375] },
          å: { k: [{ e: 15 }, 23], p: { a: 31 }, s: 9 }
        },
        222
      ],
      l: [
        {
          a: { t: { e: { ".": 23 } } },
          e: {
            a: 23,
            f: 88,
            p: 90,
            r: { i: 198 },
            s: { l: 284, t: 23, u: 0 },
            u: 0
          },
          i: [
            {
              k: { e: 39 },
              n: { g: { s: 433 } },
              t: { a: 32, e: { ".": 23 } }
            },
            89
          ],
          j: 90,
          o: [{ g: 183, v: { e: 22 } }, 4],
          s: { k: 1 },
          u: { e: 23 },
          y: [{ s: { k: 16 } }, 90],
          z: 97,
          ø: { p: { a: { ".": 32 } }, y: 653 }
        },
        188
      ],
      m: [
        {
          a: {
            g: { e: { ".": 31 } },
            k: { l: 42 },
            l: { t: { e: 169 } },
            n: { l: 12, s: 1, v: 11 },
            r: { e: 0, r: 0 },
            v: 15
          },
          b: 12,
          e: {
            g: 586,
            k: 88,
            l: { a: { p: 31 } },
            n: { e: [{ t: 0 }, 22] },
            r: { e: { v: 11 } },
            s: { e: 0 },
            t: { a: { r: 39 } },
            y: 0
          },
          i: {
            d: { e: 169 },
            e: { n: { e: 31 } },
            n: { i: 120, s: { k: { i: 17 }, t: 97 } },
            v: 9
          },
          j: { e: 69 },
          l: { ø: { p: { a: 46 } } },
          o: { e: 23, f: 88, p: 69, s: { t: 61 } },
          p: 2,
          s: { k: { o: 20 }, l: 69, n: 31, t: [{ i: { l: 22 } }, 69], u: 69 },
          t: { a: { l: { a: 46 } }, e: 12 },
          u: {
            a: { n: 61 },
            e: [{ n: { e: 17 } }, 5],
            l: { a: { ".": 32 }, e: { ".": 31 } }
          },
          ø: { y: { ".": 15 } },
          å: { ".": 155, l: 5, p: 97, r: 155, t: { a: 96 } }
        },
        188
      ],
      n: [
        {
          a: [
            {
              k: 277,
              l: { d: 193 },
              p: { p: { a: { r: 97 } } },
              r: { b: 0, t: 193 },
              t: { r: 16, v: 0 },
              v: { i: { s: 654 }, l: 12 }
            },
            90
          ],
          d: [{ ø: [{ r: 14 }, 5] }, 12],
          e: {
            ".": 90,
            a: 179,
            b: { o: { e: 38 } },
            c: 88,
            f: 0,
            l: [{ e: { g: { e: { ".": 120 } } }, l: 90, s: 90 }, 88],
            n: { g: 193, h: 0 },
            p: 61,
            r: { e: { i: 0 }, i: { s: 11 }, o: 24 },
            s: [{ ".": 38, e: { ".": 31 }, i: 93, k: 196, m: 0, o: 24 }, 180],
            t: { a: { b: 9 }, e: 0 },
            v: [{ r: 22 }, 88]
          },
          é: { s: 88 },
          g: 20,
          i: { n: { n: 0 } },
          k: 9,
          n: 12,
          o: {
            ".": 38,
            a: 0,
            b: 22,
            d: 0,
            i: 0,
            k: 11,
            m: [{ n: 15, s: 12 }, 88],
            p: 277,
            r: { k: 12 },
            s: 88,
            v: 225
          },
          s: {
            e: 2,
            i: { n: 85 },
            k: { e: 15, r: 12 },
            l: { a: 15, e: { g: { e: 58 } } },
            m: { i: 40 },
            o: { v: { n: 13 } },
            p: { o: { n: 15 }, r: 34 },
            t: [{ i: 1 }, 69]
          },
          t: { e: 12, i: 15, r: [{ e: 103 }, 2], v: 23 },
          u: [{ g: 15, t: 367 }, 23],
          ø: { t: 152, v: 169 },
          å: { l: { e: { ".": 32 } }, s: 12 }
        },
        162
      ],
      o: {
        a: { k: 69, s: [{ i: 15 }, 23] },
        b: {
          a: { n: 301, r: 301 },
          e: [{ d: 1, f: 1, n: 166, s: 1 }, 172],
          ø: { l: { g: { j: 166 } } }
        },
        c: 172,
        d: { d: { s: 90 }, o: 191 },
        e: { n: { d: 15, s: 2 } },
        f: { a: 2, e: { l: 1, m: 1 }, f: { r: { i: 17 } } },
        g: {
          a: { ".": 2, t: { a: 49 } },
          e: { ".": 2 },
          r: { e: { t: 22 }, y: 4 },
          s: 177,
          u: 7
        },
        i: 172,
        k: {
          e: { l: 1 },
          i: 15,
          k: { a: { t: 31 }, e: { r: { i: 31 } }, l: 22, o: { m: 23 } },
          l: 40,
          n: 22,
          s: [{ e: { ".": 32 } }, 61],
          v: 22
        },
        l: {
          i: { g: { a: 16 } },
          j: 162,
          l: {
            a: { b: 23, p: 23 },
            e: { g: [{ e: { ".": 91 } }, 23], s: { e: { ".": 91 } } },
            i: { s: 23 },
            y: 31
          },
          o: { v: 49 },
          y: 173
        },
        m: {
          a: { k: 4, l: 1, n: 655, t: { e: 1 } },
          b: 656,
          e: [{ d: 17 }, 265],
          k: 162,
          n: 181,
          o: { r: 1 },
          r: 173,
          s: { l: { a: 22 }, y: 152, ø: 203 },
          t: 24
        },
        n: {
          e: { ".": 15 },
          i: { m: 2, s: { m: 168, t: { a: 168, e: 167, i: 168 } } },
          n: [{ a: 23 }, 162],
          o: { s: 17 },
          s: 177,
          t: { a: { l: { e: { ".": 120 } } } }
        },
        p: {
          a: { d: 1 },
          e: { t: 166 },
          i: { a: 1 },
          l: { a: { ".": 6 } },
          p: 173,
          y: 35
        },
        r: { a: 24, d: { a: { ".": 31 } }, e: 12, u: 69 },
        s: {
          a: { t: 1 },
          e: { l: 15, n: 12 },
          l: [{ a: 24 }, 162],
          m: 1,
          o: { v: 4 },
          p: 657,
          s: { t: 23, y: 23 },
          t: { a: { s: 61 }, i: 12, r: [{ ø: 16 }, 12] }
        },
        t: {
          e: { k: { t: { e: 22 } }, s: [{ t: { e: { r: 16 } } }, 15] },
          i: { k: { a: 16 } },
          o: { r: { d: 22 } },
          u: 15,
          y: 168
        },
        u: { n: [{ d: 203 }, 183], t: 15 },
        v: {
          a: { ".": 15, r: { e: 35 }, s: 2 },
          e: { k: 15, n: 2, r: { e: 17 } },
          s: { m: 22 },
          v: { e: 120 }
        }
      },
      ò: { t: { e: { ".": 4 } } },
      p: [
        {
          a: [{ r: { b: 11 } }, 38],
          e: { f: { o: 38 }, n: { o: 0, ø: 11 }, s: { k: 38 }, t: 38 },
          j: 4,
          l: [{ a: { d: 12 } }, 7],
          n: 265,
          r: { ø: { v: { e: 17 } } },
          u: [{ n: { g: 16 }, t: { ".": 97 } }, 90],
          ø: { y: 97 },
          å: { k: 88 }
        },
        222
      ],
      r: [
        {
          a: { a: 93, g: 88, r: [{ o: 0 }, 24] },
          d: 12,
          e: [
            {
              b: [{ a: { r: { t: { ".": 152 } } } }, 0],
              f: 88,
              i: { n: { t: 61 } },
              k: { l: 0 },
              l: { a: { t: 38 } },
              o: 0,
              p: { l: 0 },
              r: { u: 196 },
              s: {
                k: 22,
                m: 0,
                o: 0,
                p: { e: 0 },
                s: 90,
                t: [{ a: 17, i: 61, r: 22 }, 23]
              },
              t: { s: 116 },
              u: 22
            },
            4
          ],
          i: [{ k: { a: { ".": 31 } }, p: 11, v: 22 }, 90],
          m: [{ å: { l: { a: 46 } } }, 34],
          o: { e: 31, m: 38, s: { a: 32, e: { ".": 32 } }, t: { a: 32 } },
          s: 122,
          u: { n: 375 },
          v: 15,
          å: { d: { e: 22 } }
        },
        222
      ],
      s: [
        {
          ".": 168,
          a: [
            {
              b: 12,
              d: 374,
              k: [{ a: 22, t: 11 }, 90],
              l: { a: { ".": 31 }, d: 340, l: 12 },
              m: 38,
              r: { r: 0, v: 12 }
            },
            153
          ],
          c: 153,
          e: {
            d: { i: 93 },
            g: 127,
            k: { u: 0 },
            l: { a: 1, d: 2, i: 0, v: 193 },
            r: { i: { k: 9 } },
            s: [{ i: 0, u: 11 }, 90],
            t: { e: { ".": 23 }, t: [{ o: 91 }, 4] }
          },
          i: { m: [{ p: 58 }, 659], n: [{ g: 229, s: 0 }, 69], s: { t: 17 } },
          j: { a: 152, h: 0, o: { r: 24 } },
          k: {
            a: { d: 90, f: 96, m: 1, p: 90, r: { ".": 0 }, s: 0 },
            i: [{ l: 38, n: { n: { s: 61 } } }, 0],
            j: [{ e: { n: { s: 15 } } }, 153],
            l: [{ a: { g: 91, r: 22 }, e: 26, æ: 85 }, 11],
            o: { ".": 38, e: 38, p: 24, r: 0, t: 90 },
            r: [{ a: 193, i: { v: 38 }, o: 193 }, 153],
            u: [{ ".": 38, e: [{ t: 16 }, 38], n: { d: 22 } }, 153],
            v: { a: { r: 22 } },
            y: { s: 15 },
            ø: 22
          },
          l: {
            e: { f: 1, i: 0, k: 1, s: 1 },
            i: { t: 149 },
            o: { k: 12 },
            u: { n: 0 }
          },
          m: { a: { k: { e: 1 } }, o: { ".": 1 }, å: { l: 103 } },
          n: { e: { v: 4 } },
          o: [
            {
              a: 39,
              m: { l: 15 },
              n: [{ a: { l: 77 }, e: 112, i: 19, s: 103 }, 660],
              r: [{ d: 15, i: { s: 61 } }, 259],
              v: 69
            },
            153
          ],
          p: [
            {
              a: { n: 1, t: 4 },
              e: { l: 38, r: 0, s: 152 },
              i: 38,
              o: { r: 1 },
              r: { e: { d: 38 } },
              å: 0
            },
            153
          ],
          s: 52,
          t: [
            {
              a: { b: { b: 169 }, n: { k: 15 }, p: 12 },
              b: 284,
              e: {
                d: 1,
                m: 1,
                n: { d: 15, s: 120 },
                r: { ".": 15 },
                v: { n: { a: 33 } }
              },
              i: { l: [{ f: 169, h: 169, s: 169, v: 169 }, 90], s: 38, t: 0 },
              k: 428,
              r: [{ e: { ".": 35, e: 2 }, i: { n: 0 }, o: 169, ø: 38 }, 23],
              u: { t: 61, v: { a: 49 } },
              y: { g: 58 },
              ø: 661,
              å: 152
            },
            150
          ],
          u: { k: { l: 15 }, r: 39, s: { a: 61, i: 15 } },
          v: [
            {
              a: { k: 6, r: { a: 49, s: 662 } },
              e: [{ k: 89 }, 69],
              i: { t: 15 }
            },
            153
          ],
          y: { n: { a: 23 }, t: 24 },
          z: 153,
          ø: { k: { s: 203 }, y: { e: 35 } }
        },
        162
      ],
      t: [
        {
          a: {
            d: 15,
            f: 169,
            k: { a: { ".": 23 } },
            n: { a: 0, l: 12 },
            p: { a: 39 },
            r: { r: 0, t: 12 },
            v: { s: 12 }
          },
          e: {
            c: 0,
            d: { a: 0, e: 90 },
            e: 88,
            g: { o: 0, r: 0 },
            i: { e: 0, n: 196 },
            k: { a: 0, e: { ".": 31 }, i: 0, u: 0 },
            l: { i: { t: 9 } },
            m: { a: { ".": 31 }, p: 90 },
            n: { s: { k: 271 }, t: { l: { e: 159 } } },
            o: 88,
            r: [{ d: 38, e: { s: 38 }, i: { s: 0 }, k: 38, å: 0 }, 252],
            s: { e: 0, k: 11, t: { i: 11 } },
            t: { a: 0, e: 0 },
            u: { s: 91 },
            v: 0
          },
          h: 0,
          i: {
            a: { n: { d: 91, s: 0 }, r: [{ ".": 32 }, 0] },
            e: { n: 22 },
            g: { r: { a: 31 } },
            k: { v: 196 },
            l: { a: 0, i: 0, o: 0 },
            n: { a: 435 },
            o: 88,
            p: 88,
            s: {
              a: 61,
              k: { a: 11, i: 0 },
              o: 663,
              p: 0,
              s: 18,
              t: { r: 195 }
            },
            t: { u: 90 },
            v: 88
          },
          m: { a: { l: { e: { ".": 36 } } } },
          o: {
            ".": 38,
            f: { f: 12, o: 155 },
            k: { ".": 155 },
            m: { k: 12 },
            p: { p: [{ ".": 4 }, 193] },
            r: { d: 12 },
            s: 251,
            v: 182
          },
          r: [
            {
              a: 6,
              e: { ".": 155, d: 4, g: 12, i: 12, k: { o: 169 }, l: 15, p: 15 },
              i: { b: 152, s: 193 },
              o: { s: 169 },
              u: { t: 12 },
              å: { l: 149 }
            },
            7
          ],
          s: {
            a: { r: 24 },
            e: { g: 1, n: { g: 22 } },
            i: 7,
            j: { a: 26 },
            k: { e: 15, j: 12 },
            n: { o: 9 },
            p: { e: 34 },
            t: { i: 1, r: { e: { k: 40 } }, ø: { y: 26 } },
            u: { n: { d: { e: 22 } } }
          },
          t: 34,
          u: {
            e: { n: { ".": 31 } },
            g: 152,
            n: { d: 12 },
            t: 259,
            v: { e: { ".": 32 } }
          },
          y: {
            d: { a: { ".": 32 }, e: { ".": 32 } },
            r: { s: 17, a: 31 },
            t: 15
          },
          æ: { r: { a: 39 } },
          ø: { l: 15 },
          å: { s: 664 }
        },
        200
      ],
      u: {
        a: { n: { d: 12 }, v: [{ h: 4 }, 168] },
        b: { a: 31, l: 6, o: 15 },
        d: { i: { ".": 1 }, r: 23, s: { l: 5 } },
        e: { l: { e: 1 }, r: 23, s: 65 },
        g: { a: { l: 46, t: 17 } },
        i: { d: 75 },
        k: [{ s: { u: 23 }, t: { s: 18 } }, 162],
        l: {
          a: 35,
          i: 162,
          k: [{ e: { ".": 32 } }, 306],
          l: 88,
          v: 152,
          y: 152
        },
        m: [{ a: { l: 24 }, p: { l: 665 } }, 0],
        n: {
          d: {
            e: [{ l: 22, r: [{ ".": 502, s: 38 }, 434] }, 504],
            r: 18,
            s: 124
          },
          g: { e: { ".": 31 } },
          i: 477,
          k: { r: 22 },
          ø: { y: 1 }
        },
        r: [{ a: [{ n: 6, r: 6 }, 15], e: { r: 35 }, t: { a: 32 } }, 7],
        s: [
          {
            h: 255,
            i: { k: 666 },
            j: 22,
            l: { u: 61 },
            o: 182,
            s: { e: { l: 22 }, t: 23 },
            t: { r: 667 }
          },
          0
        ],
        t: {
          a: [{ l: [{ a: { ".": 46 } }, 12], n: { ".": 152 } }, 0],
          b: { e: 0 },
          d: 162,
          e: [{ i: 18, l: 1, n: { e: { ".": 35 } }, r: 35 }, 32],
          g: 173,
          k: 153,
          o: 39,
          r: [{ e: 23, ø: 4 }, 168],
          t: { o: 14 },
          v: 173,
          ø: 22
        },
        v: {
          a: 15,
          e: { d: 1, g: 1, i: 1, l: 1, r: { e: 1 }, s: 1 },
          i: [{ s: 21 }, 46]
        }
      },
      v: [
        {
          a: [{ k: { a: 61 }, l: { a: 31 }, r: { b: 206 } }, 1],
          e: {
            d: { e: [{ n: 23 }, 24], r: 195 },
            g: { a: 0, i: 0, r: 0 },
            i: { m: 0, s: { e: 50 } },
            k: { l: 22 },
            l: { a: 0, l: { e: 49 } },
            n: { g: 169 },
            r: { ".": 38, e: 22 },
            s: 88,
            v: 88
          },
          i: { l: { l: [{ e: { d: 186 } }, 49] } },
          j: 7,
          o: { s: 0, v: 0 },
          r: 90,
          s: 129,
          u: { n: { g: 15 } },
          å: { r: 61 }
        },
        188
      ],
      w: 187,
      x: 69,
      y: {
        a: 182,
        d: { r: 7 },
        f: { e: 2, l: 15 },
        k: { e: { ".": 15 }, l: 189 },
        l: { e: 2, l: { i: { s: 668 } } },
        n: { d: { l: 248 }, e: { s: [{ ".": 15 }, 1] } },
        p: { a: { ".": 1 } },
        r: [{ e: 6, k: [{ e: { ".": 23 } }, 153], o: 35, ø: 15 }, 173],
        s: { s: { a: { l: 31 } } },
        t: { a: 15, e: { k: 1 }, m: 172, r: 90 }
      },
      z: 0,
      æ: {
        l: { e: 2 },
        r: { e: [{ n: 669 }, 669], i: { n: 22 }, t: 32 },
        v: 6
      },
      ø: {
        ".": 173,
        a: { r: 6 },
        b: [{ e: { ".": 1 } }, 168],
        d: { e: { k: 1 }, s: 54 },
        e: { p: 162 },
        f: { l: 22 },
        k: { e: { ".": 1, r: { o: 1 } }, l: 24, n: 162, s: 42, t: 61, v: 54 },
        l: 173,
        m: [{ a: 54 }, 4],
        n: {
          n: { e: { s: 22 }, s: { a: 78, k: 17 } },
          s: { k: { o: 22 } },
          t: { g: 334 }
        },
        p: { e: { ".": 1 }, l: 39 },
        r: [
          {
            d: 19,
            e: { n: { d: { e: { ".": 11 } } }, t: 2 },
            l: 166,
            o: 107,
            s: { p: 23 }
          },
          172
        ],
        s: { ".": 93, e: 12, l: { a: 15 }, v: 22 },
        t: { a: [{ s: 39 }, 6] },
        v: { a: 69, e: { d: { e: 15 }, r: { s: 35 } }, i: 69, æ: 169 },
        y: {
          ".": 188,
          a: [{ r: 39 }, 162],
          e: { d: 31, n: { e: 31 }, s: 22, t: 23 },
          k: 334,
          r: [{ e: 22 }, 164],
          s: { e: { n: { e: { s: 32 } } }, k: 670, t: 23 }
        }
      },
      å: {
        ".": 173,
        a: [{ g: 162 }, 2],
        b: 162,
        d: { e: { t: 164 }, y: { r: { a: 49 } } },
        e: { n: { e: 35 } },
        f: 173,
        g: 383,
        k: { j: 173, r: { e: 24 }, u: 107, v: 54 },
        l: [{ e: { s: 66, t: [{ ".": 15 }, 1] }, u: 15 }, 162],
        n: { d: [{ a: 31 }, 38] },
        p: 173,
        r: [{ s: { k: 17 }, u: 15 }, 188],
        s: [{ b: 162, e: 173, i: 15, j: 173, t: 23 }, 69],
        t: { a: [{ k: { a: { ".": 46 } } }, 168], r: 15, u: 15 }
      }
    },
    s: {
      c: {
        h: { l: [{ ".": 167 }, 658], ".": 681, m: 32 },
        a: [{ n: 337 }, 162],
        e: [{ l: 173, n: { e: 0 }, r: 90 }, 172],
        l: 306,
        o: { ".": 162, c: 168, s: 162 },
        u: { s: 0 }
      },
      a: {
        a: [{ ".": 166 }, 173],
        b: { a: { ".": 1 }, e: 11, l: 93, o: { k: 15, n: 90 }, y: 15 },
        c: { e: 12 },
        d: { a: { g: 1, m: 162 }, e: { r: { e: 1 } }, m: 162, o: 1, v: 173 },
        e: { d: 22, n: 164, r: 191 },
        f: { a: 166, e: 172, f: { æ: 181 } },
        g: {
          a: [{ ".": 1, s: 1, t: 1 }, 166],
          e: { n: { t: 168 } },
          g: 274,
          i: 324,
          n: { a: 32 },
          o: { ".": 4, g: 1 },
          r: 174,
          s: 65
        },
        i: { k: 12, r: 15, s: 69 },
        k: {
          ".": 166,
          a: [{ ".": 164, d: 162, i: 15 }, 7],
          b: 164,
          d: 164,
          e: 671,
          f: 166,
          h: [{ e: 17 }, 172],
          i: 172,
          j: 1,
          k: { r: 22, y: 0 },
          l: 166,
          m: 166,
          o: 162,
          p: 164,
          r: 8,
          s: { ".": 337, i: 41, j: 181, p: 23, r: 166, u: 166 },
          t: [{ a: { ".": 31 }, o: 337 }, 188],
          u: 0,
          ø: 268
        },
        l: {
          ".": 253,
          a: [{ r: { m: 248 }, ".": 191, t: 672 }, 69],
          b: 162,
          e: [{ t: 35 }, 673],
          g: [{ e: 0, o: 248, s: 116 }, 172],
          i: 11,
          m: { e: { s: 23 } },
          o: 15,
          s: [{ a: 5 }, 674],
          t: { e: { r: 162 } },
          u: 69,
          v: [{ e: { d: 22 } }, 164],
          y: 173
        },
        m: [
          {
            ".": 166,
            a: [{ ".": 15, n: 445, s: 15 }, 7],
            e: { i: 22, l: 1, t: 1 },
            l: [{ e: { v: 23 } }, 166],
            m: [{ e: { n: 139 } }, 166],
            y: 1
          },
          184
        ],
        n: {
          a: [{ ".": 35, r: 2, t: 12 }, 571],
          d: {
            a: { ".": 31, l: 62 },
            e: { ".": 334 },
            r: 17,
            s: { l: { o: 80 }, t: 17 },
            ø: 53
          },
          e: [{ k: 676 }, 675],
          g: { ".": 166, e: 164, r: 181, s: { t: 175 } },
          k: { e: { n: 152 } },
          l: 188,
          m: 38,
          n: { e: 22, o: 168 },
          o: [{ r: 248, s: 22 }, 7],
          s: [{ ".": 337, a: 162, e: { n: 337 }, k: 77, l: 677, v: 168 }, 54],
          t: { ".": 93, e: 39, r: 168, y: 162 },
          v: 187
        },
        p: [{ o: 7 }, 188],
        r: {
          ".": 184,
          a: [{ b: 168 }, 172],
          b: 173,
          d: 0,
          e: { ".": 401, a: { l: 162 }, g: 162, v: 15 },
          i: [{ ".": 1 }, 164],
          k: { a: { ".": 31 }, i: 181 },
          m: [{ e: [{ ".": 32 }, 22] }, 188],
          r: 153,
          t: [{ a: { ".": 23 } }, 188],
          u: 1,
          v: 162,
          y: 0
        },
        s: [
          {
            j: { u: 167 },
            p: 272,
            s: 187,
            t: [{ y: 162 }, 11],
            u: 173,
            y: 162
          },
          172
        ],
        t: [
          {
            a: 69,
            e: { n: 15 },
            i: 12,
            l: 188,
            m: { o: { s: 181 } },
            o: 69,
            r: 678,
            s: { k: 38 },
            t: { ".": 166, a: 181, e: { n: 274, s: 103 } }
          },
          172
        ],
        u: {
          ".": 166,
          d: [{ i: { ".": 22 } }, 23],
          e: 166,
          g: [{ a: 31, e: [{ ".": 31 }, 90] }, 162],
          k: 188,
          m: 166,
          s: 164,
          t: 162
        },
        v: [{ a: 88, e: { ".": 1 }, i: { n: 679 }, n: 22, u: 164 }, 188]
      },
      b: [
        {
          a: { n: { e: { ".": 23 } } },
          i: { e: 31 },
          o: { d: { a: 23 } },
          u: { e: { t: 31 }, g: 11, l: 18 },
          y: { t: { a: 32 } }
        },
        680
      ],
      d: [
        {
          a: { g: { s: 271 }, m: { p: 49 } },
          e: { l: { e: { ".": 31 } } },
          u: { e: { n: { ".": 32 }, r: 32 } },
          ø: { v: 32 }
        },
        682
      ],
      e: [
        {
          a: [
            {
              ".": 164,
              g: 23,
              n: { d: 568, s: { a: 2 } },
              r: { e: 39 },
              u: { s: { k: 683 } }
            },
            189
          ],
          b: 173,
          c: 162,
          d: {
            a: { g: 162 },
            d: 22,
            e: [{ ".": 166 }, 12],
            l: 166,
            o: 162,
            r: 173,
            u: 173,
            v: { a: { n: { l: { e: 168 } } } },
            ø: 173
          },
          e: {
            ".": 166,
            d: 24,
            f: 173,
            g: 173,
            i: 13,
            l: 34,
            n: 15,
            r: 176,
            s: 166,
            v: 173
          },
          f: [{ f: 153, t: 187 }, 173],
          g: {
            a: [{ l: 36 }, 168],
            e: [{ s: 4, v: 12 }, 7],
            g: { a: { ".": 32 } },
            l: { ".": 301, e: { t: 191 } },
            m: 164,
            r: 684
          },
          h: 173,
          i: {
            d: [{ a: { n: 32 }, e: { n: 39 } }, 173],
            e: { n: { e: { s: 148 } }, t: 171 },
            g: [{ a: { ".": 31 }, e: 22 }, 173],
            k: 22,
            l: 685,
            m: 168,
            n: [{ d: 12, i: 90, k: 4, s: 12, t: 12 }, 173],
            r: 22,
            s: 164
          },
          j: [{ ".": 166 }, 173],
          k: {
            a: 286,
            e: 164,
            i: 162,
            j: 173,
            k: [{ e: { s: 23 } }, 166],
            l: 307,
            n: 265,
            o: 173,
            r: [{ a: 162, i: 162, o: 162 }, 129],
            s: { j: 178, p: 162, t: 23 },
            t: { a: { n: 255 }, e: { ".": 31, r: { a: 33 } }, o: 686 },
            y: 162,
            å: 162
          },
          l: [
            {
              a: [
                {
                  ".": 4,
                  k: 164,
                  n: { e: 166 },
                  r: [{ t: 22 }, 166],
                  s: 89,
                  t: 3
                },
                173
              ],
              d: 54,
              e: {
                ".": 1,
                d: 236,
                g: { a: 168 },
                i: 162,
                m: 181,
                n: { g: 162 },
                s: 162,
                v: 563
              },
              g: 334,
              i: { k: 162, l: 162, s: 162, t: 563 },
              l: { ø: { p: 31 } },
              o: [{ l: 191, m: 12 }, 173],
              s: [
                {
                  i: { n: 23 },
                  k: { e: 525 },
                  l: { a: { g: 143 } },
                  p: { o: 23 }
                },
                164
              ],
              t: 19,
              u: [{ r: 371 }, 173],
              v: {
                a: { k: 53, n: 23 },
                e: [{ ".": 23, i: 190, r: 23 }, 124],
                i: { n: 32 }
              },
              y: 173,
              æ: 173,
              ø: [{ p: { a: { ".": 46 } } }, 173],
              å: 168
            },
            88
          ],
          m: {
            a: 285,
            b: 164,
            d: 191,
            e: 15,
            i: { ".": 1, n: { i: 123 } },
            n: [{ a: 23, d: 301 }, 188],
            o: 173,
            p: { e: 22 },
            å: 173
          },
          n: {
            ".": 88,
            a: { k: 15, u: 168 },
            d: { a: 143, e: { l: { a: 31 }, n: 168 }, r: 162 },
            e: [
              { d: 162, g: 12, m: 162, s: { a: 167, e: [{ ".": 46 }, 168] } },
              88
            ],
            g: { a: { s: 38 } },
            h: 188,
            i: { n: 4 },
            k: { j: 90 },
            n: 687,
            s: [{ e: { m: 248, n: { d: 47 } }, j: 23, o: 24 }, 88],
            t: [{ e: { r: 22 }, r: { e: { p: 688 } } }, 304],
            u: { m: 162 },
            y: 162,
            æ: 173,
            ø: 168
          },
          o: [{ d: 191, r: 12 }, 420],
          p: [{ e: [{ r: { s: { o: 373 } } }, 12], t: 164 }, 173],
          r: {
            ".": 88,
            a: [{ m: 162, n: 166, p: 162, s: 166, u: 168 }, 12],
            d: 22,
            e: [
              {
                ".": 166,
                a: 162,
                d: 162,
                f: 162,
                g: 162,
                i: 162,
                k: 162,
                l: 162,
                n: { n: 162, t: 162 },
                p: 162,
                s: { o: 162, s: 162, t: 162, u: 162 },
                t: 162,
                v: 162
              },
              201
            ],
            f: 153,
            i: [{ e: { n: { e: 116 } }, k: 162 }, 88],
            k: { j: { e: 162 }, r: 166 },
            n: [{ e: { v: 61 } }, 166],
            o: [{ p: 1, r: 1, s: 1 }, 189],
            t: [{ a: { k: 23, t: 31 }, r: 23 }, 689],
            u: [{ l: 162, n: 85 }, 69],
            v: { e: { d: 23, l: 23 } },
            y: 173,
            ø: 310,
            å: 173
          },
          s: {
            ".": 166,
            a: { l: { d: 22, s: 166, t: 22 } },
            c: 162,
            e: [{ n: { e: 1 } }, 173],
            i: { n: 22 },
            j: [{ e: 162, u: { k: 162 } }, 12],
            k: { a: { l: 22, r: 22 }, v: 22 },
            l: { i: { t: 22 } },
            n: { a: 12 },
            o: 166,
            p: { r: 24 },
            s: { i: { n: 53 } },
            t: [{ ".": 166, e: { ".": 166 }, o: 162 }, 69],
            u: { n: 22 },
            v: 54,
            y: 173,
            ø: 162,
            å: 24
          },
          t: {
            ".": 336,
            a: [{ ".": 164, e: 15, k: { a: 46 }, r: 15 }, 690],
            e: {
              a: 168,
              g: 162,
              i: 162,
              k: 162,
              l: 2,
              r: { a: 1, o: 15 },
              s: 162
            },
            i: [{ ".": 6, k: 89, s: 89 }, 285],
            j: { a: 109, e: [{ ".": 166 }, 162] },
            l: 191,
            n: 166,
            o: 173,
            r: 406,
            s: 0,
            t: { e: { r: { s: 38 } } },
            u: 173,
            v: 173,
            y: 173,
            ø: 168
          },
          u: { m: 164, n: 162, r: { e: { n: { e: 33 } } }, t: 28 },
          v: [
            {
              a: { n: { e: { ".": 36 } }, r: 346 },
              d: 23,
              i: { s: { a: 5 } },
              n: [{ e: { ".": 23 } }, 153],
              r: 12,
              å: { g: 164 }
            },
            173
          ],
          y: { n: 173 },
          ø: 173,
          å: 173
        },
        172
      ],
      é: [
        {
          a: 173,
          b: 168,
          e: 162,
          f: 162,
          j: 162,
          k: 162,
          l: 173,
          o: 162,
          p: 168,
          r: 301,
          s: 162,
          v: 173
        },
        172
      ],
      f: [
        {
          a: { n: { e: { ".": 23 } } },
          e: [{ e: { t: { ".": 31 } }, s: 17 }, 168],
          i: { s: { k: { e: { n: 159 } } } },
          l: { å: 18 },
          o: [{ r: { a: 32, l: { ø: 186 } } }, 38],
          r: { a: { s: 17 }, i: { e: { r: { e: 80 } } } },
          y: { r: { s: 14 } },
          æ: 337,
          ø: { r: { e: { n: 39, r: 22 }, i: 22 } }
        },
        181
      ],
      g: [
        {
          a: { l: 23, v: { a: 32, e: { ".": 23 } } },
          e: { n: { s: 49 }, s: { t: 23 } },
          å: { v: { a: 23, e: { ".": 23 } } }
        },
        691
      ],
      h: [
        {
          ".": 162,
          a: { k: 28, t: 152, u: 90 },
          e: [{ a: 5, i: 692, r: { i: { f: 693 } }, t: { t: 525 } }, 168],
          i: { ".": 0, p: 11, s: { k: 15 } },
          j: 162,
          o: { p: { p: 306 }, r: { t: 164 }, w: 166 },
          s: 168,
          u: 173,
          y: 248,
          ø: [{ l: 32, v: { a: 31, e: { ".": 31 } } }, 149],
          å: 152
        },
        153
      ],
      i: [
        {
          a: { l: { v: 80 }, m: 417, n: { s: 2 }, p: 162, v: 162 },
          b: { l: 7 },
          d: {
            a: 694,
            e: { ".": 695, n: 218, o: 223, r: [{ ".": 15 }, 0], t: { e: 1 } },
            o: 224,
            r: [{ a: 32 }, 187],
            y: 162
          },
          e: {
            g: 162,
            l: 69,
            n: 23,
            r: { ".": 15, e: { n: 4 } },
            s: [{ t: 12 }, 23]
          },
          f: { e: 168, l: 12, o: 173, r: 85, u: 173, ø: 162 },
          g: [{ e: { r: { s: 103 } }, i: 162, l: { o: 181 }, r: 15 }, 164],
          h: 162,
          k: [
            {
              a: 12,
              e: { ".": 15 },
              h: 599,
              k: {
                a: [{ r: { t: { e: { t: 46 } } } }, 23],
                e: { l: 53 },
                o: 23
              },
              o: [{ m: 1, p: 1, s: 1, t: 1 }, 18],
              t: { s: 43 }
            },
            164
          ],
          l: [
            {
              ".": 166,
              d: [{ e: { l: 23, r: 23, s: 23 } }, 164],
              j: 22,
              k: 28,
              l: { e: { s: 23 } },
              ø: 173
            },
            88
          ],
          m: { e: { l: 4, t: 162 }, p: 173, u: 12 },
          n: {
            d: { e: 162, u: 181 },
            e: { k: 12 },
            f: 188,
            g: { s: { a: 696 }, u: 191 },
            i: 1,
            j: 162,
            n: [
              {
                ".": 178,
                a: 502,
                e: { ".": 11, t: 166 },
                h: 90,
                k: 38,
                l: 90,
                t: 162
              },
              173
            ],
            o: { b: 15 },
            s: { k: { e: 14 } },
            t: 188,
            v: 162,
            ø: 4
          },
          o: { v: 236 },
          p: { a: { ".": 1 }, e: { ".": 6 } },
          r: { e: { ".": 4, n: 2 }, i: { ".": 1 }, k: { l: 32 } },
          s: [
            {
              e: { l: 15, r: { f: 1 }, v: 42 },
              i: { n: 4 },
              j: { u: 168 },
              k: [{ e: 22 }, 1],
              n: 1,
              t: { e: 26, i: 1, o: 24 },
              y: 162
            },
            88
          ],
          t: [
            {
              a: 15,
              j: { i: 32 },
              r: { a: 21, e: 26, i: 1 },
              s: [{ v: { a: 186 } }, 65],
              t: { e: { r: { m: 31 }, s: 23 } }
            },
            336
          ],
          u: { m: { f: 1 }, t: 162 },
          v: { a: [{ n: 35 }, 166], e: { k: 4 }, i: { ".": 6 }, å: { t: 35 } }
        },
        172
      ],
      j: [
        {
          ".": 173,
          a: {
            ".": 88,
            g: 697,
            k: { k: { ".": 515 } },
            m: 162,
            n: [{ l: 162 }, 0],
            r: { n: 152 },
            v: 285,
            z: 306
          },
          b: 173,
          d: 168,
          e: {
            ".": 337,
            f: { i: 41, l: { a: 23 }, t: 17 },
            g: 24,
            k: { t: { o: 271 } },
            l: [{ e: { v: 23 } }, 164],
            n: { ".": 336, e: 504, t: 181 },
            r: { ".": 337 },
            s: 626,
            t: { ".": 337, t: { i: 5 } }
          },
          f: 173,
          g: 173,
          i: { m: 11 },
          k: 173,
          l: 173,
          m: 173,
          n: 173,
          o: { b: 173, k: 166, m: 162, n: [{ s: 58 }, 301], r: 173, u: 173 },
          p: 173,
          r: 173,
          s: 173,
          t: [{ s: { j: 698 } }, 294],
          u: {
            a: 54,
            b: 168,
            g: 306,
            k: { s: 248 },
            l: { a: 32 },
            n: 162,
            r: 162,
            s: 699
          },
          ø: [{ k: 75, p: 54, r: { ø: 39 }, s: 180, t: 146 }, 504]
        },
        172
      ],
      k: {
        ".": 167,
        a: [
          {
            ".": 173,
            b: [{ e: 203 }, 162],
            d: 88,
            e: 167,
            g: 241,
            k: 173,
            l: { a: [{ r: 22 }, 700] },
            m: [{ l: 0, p: 175 }, 173],
            n: { a: 248, d: { e: 162 }, e: 162, o: 162, t: 168 },
            p: {
              ".": 334,
              a: { ".": 401, s: 162 },
              e: { n: { ".": 166 } },
              i: { t: 168 },
              p: 162
            },
            r: [
              {
                a: { b: 15 },
                b: { e: 2 },
                d: 166,
                k: 248,
                p: 334,
                s: 168,
                t: 162,
                v: 497
              },
              224
            ],
            s: 173,
            t: { e: 162 },
            y: 167
          },
          172
        ],
        b: 162,
        d: 168,
        e: [
          {
            d: { a: 0, o: 11 },
            h: 88,
            i: [{ e: { r: { ".": 17 } } }, 11],
            l: { e: { v: 701 }, i: { k: 11 }, t: 18, u: 0 },
            n: { ".": 90, a: [{ v: 11 }, 0], o: 0, s: 38 },
            p: { t: 166 },
            r: { ".": 38, o: 0, s: 38 },
            s: [{ i: 24, m: 5, n: 22 }, 458],
            t: { e: { t: 0 }, j: 702 },
            v: 11,
            y: 88
          },
          173
        ],
        f: 173,
        h: 173,
        i: [
          {
            ".": 334,
            a: 191,
            d: 162,
            e: 166,
            f: 166,
            k: 337,
            l: { l: 11, t: 337 },
            n: { e: { t: 31 }, i: { n: 23 }, n: { s: 703 }, o: 704 },
            o: { l: 166 },
            p: 166,
            r: [{ e: 0, k: 274, s: 15 }, 173],
            s: { ".": 11, s: 191, t: 248 },
            v: 504
          },
          172
        ],
        j: {
          e: {
            ".": 11,
            m: { a: [{ s: 168 }, 166] },
            r: { m: [{ e: 706 }, 705], s: 191 }
          },
          o: { r: 164 },
          æ: { r: { l: 248 } },
          ø: { n: 166, p: 168, r: { e: { s: 17 } } }
        },
        k: 402,
        l: [
          {
            a: [{ k: 15, n: 97, s: 38 }, 168],
            e: { g: 35, i: 11, k: 12, r: { o: 515 } },
            i: { n: { g: 15 }, t: 15 },
            u: { f: 169 },
            y: { d: 88 }
          },
          174
        ],
        m: 173,
        n: [{ u: 153 }, 173],
        o: {
          a: 162,
          d: { d: 191 },
          f: 162,
          g: 336,
          i: 361,
          l: [{ a: 502, e: 164, l: 181 }, 172],
          m: [{ a: 11, e: 149 }, 162],
          n: 200,
          o: 162,
          r: { d: 15, p: { i: 11 }, s: [{ t: 93 }, 152], t: 162 },
          s: 173,
          t: [{ t: 164 }, 88]
        },
        r: {
          a: [{ ".": 413, l: 337, t: 0 }, 6],
          e: { ".": 374, f: 181, g: 168, k: 338, t: 181, v: { n: 166 } },
          i: { b: 164, f: 164, g: 162, k: 164, p: 164, t: { e: 162 }, v: 164 },
          o: { g: 337, n: 90, p: 181 },
          u: { d: 4, s: 469 },
          y: { s: { s: 168 } },
          å: 184
        },
        s: 419,
        t: 707,
        u: {
          d: 166,
          e: [{ n: { d: 23 }, r: [{ e: 17 }, 23] }, 253],
          f: 172,
          l: {
            a: { n: 166, r: 166 },
            e: 164,
            i: { s: 274 },
            l: 162,
            p: 0,
            t: 162
          },
          m: { s: 18 },
          n: [{ d: { e: { r: { v: 97 } } } }, 173],
          p: 162,
          r: { s: 525, v: 167 }
        },
        v: [
          {
            a: { ".": 15, d: 164, s: 12 },
            e: { n: 11, r: 12 },
            i: { t: 15 },
            u: 164
          },
          173
        ],
        y: [
          {
            a: 11,
            e: 11,
            r: [{ e: 24 }, 162],
            s: [{ s: 681, k: 334 }, 162],
            t: 164
          },
          172
        ],
        æ: 168,
        ø: { ".": 168, a: 274, e: 162 },
        å: [{ r: { e: 22 }, t: 168 }, 172]
      },
      l: [
        {
          a: {
            d: { a: 32, e: 90 },
            g: { e: [{ ".": 32 }, 22] },
            k: { e: 22, s: 38, t: 164 },
            l: 164,
            n: { d: 181, g: { s: 248 } },
            p: { p: { e: 17 } },
            r: { a: { n: 38 }, e: 38 },
            s: { t: 248 },
            t: [{ e: { ".": 23 } }, 153],
            u: [{ s: 525 }, 187],
            v: [{ e: 164, i: { n: 23 } }, 54]
          },
          e: {
            ".": 173,
            d: { a: 93 },
            g: { a: 162, i: 0, n: 0, r: 11 },
            i: [{ e: { r: { ".": 17 } }, v: 0 }, 168],
            k: { e: 525, k: 38 },
            l: 88,
            m: { e: 0 },
            n: { e: [{ r: 11 }, 708], t: 709 },
            r: 173,
            s: [{ j: 11, o: 0, t: 11 }, 525],
            t: { a: 0 },
            v: [{ a: 0 }, 38],
            y: 162
          },
          i: {
            a: 38,
            d: 173,
            e: { n: { ".": 23 } },
            g: 168,
            k: { e: 22, k: 0 },
            n: [{ j: 710, t: 116 }, 173],
            p: 164,
            t: { ".": 337, e: 178 },
            v: 248
          },
          o: { b: { b: 17 }, t: { t: [{ ".": 11, e: { t: 191 } }, 103] } },
          u: [
            {
              a: 711,
              e: [{ s: 22 }, 420],
              f: 168,
              g: 162,
              k: { s: 469 },
              m: { p: [{ e: 80 }, 271] },
              n: { d: 90, s: 38 },
              p: 11,
              s: { a: 61 },
              t: 0
            },
            172
          ],
          y: [{ e: { t: { ".": 32 } }, n: 253, s: 248, t: 32 }, 153],
          æ: { r: [{ a: { r: { i: 31 } } }, 306] },
          ø: {
            n: 173,
            p: [{ a: { ".": 23 } }, 525],
            r: 11,
            s: [{ a: 86, i: 178 }, 173],
            v: { a: 22, e: 22, i: 22 },
            y: { d: 166, e: 58 }
          },
          å: { ".": 712, e: 0, n: [{ e: { r: 22 } }, 153], t: 172 }
        },
        1
      ],
      m: [
        {
          a: {
            d: 31,
            k: { ".": 164, e: { n: 337 } },
            l: { e: { t: 39 } },
            n: 167
          },
          e: {
            d: { ".": 0, e: 0, i: 274, k: 0 },
            g: 17,
            i: 162,
            k: { l: 16, t: 0 },
            l: { d: 525, l: 178, t: 337 },
            n: 267,
            r: { t: 178 },
            s: [{ i: 11 }, 168]
          },
          i: {
            a: 11,
            e: [{ n: { e: 23 } }, 0],
            g: 0,
            l: { ".": 11, a: 61, e: 11 },
            n: { i: 120 },
            t: 88
          },
          o: { a: 61, d: { e: { ".": 32 } }, k: 88, t: 168 },
          u: {
            g: [{ g: 274 }, 164],
            l: [{ a: 11, d: 0, e: 11 }, 183],
            r: { t: 166 }
          },
          y: { k: 713 },
          ø: { n: 168, r: [{ s: 18 }, 184], t: 162 },
          å: { ".": 166, r: 22, t: { t: 93 } }
        },
        153
      ],
      n: [
        {
          a: { ".": 167, b: 0, k: 191, s: 181, t: 434, v: 162 },
          e: {
            ".": 162,
            b: 162,
            d: [{ d: 338 }, 162],
            e: 11,
            g: 0,
            i: [{ e: { r: 17 } }, 164],
            k: { r: { i: 23 }, t: 152 },
            l: 0,
            m: 173,
            r: 162,
            s: [{ a: 39, v: 49 }, 168],
            t: 162
          },
          i: {
            f: 11,
            g: { l: 31 },
            k: [{ k: { o: 17 } }, 88],
            l: 336,
            n: 434,
            p: 336,
            r: 5,
            t: 504,
            v: 361
          },
          o: { ".": 93, e: 11, r: { d: 38 }, t: 306 },
          u: { d: 334, m: 90, r: 0, t: 191 },
          y: { h: 167 },
          æ: [{ r: { e: { ".": 23 } } }, 173],
          ø: { ".": 334, d: { r: 42 }, e: 166, r: 184, s: 54, v: { i: 22 } }
        },
        153
      ],
      o: {
        a: { l: 12, r: 6, v: 162 },
        b: [{ l: 7 }, 188],
        d: [{ a: { ".": 1 } }, 172],
        e: 166,
        f: { a: [{ g: 1, s: 1 }, 176], f: 274, r: { e: 274 }, t: 176 },
        g: { a: 7, i: 6, l: 2, n: { e: { m: 31 } } },
        h: 168,
        i: [{ d: 15 }, 714],
        k: { n: 166, s: [{ e: { ".": 23 } }, 162] },
        l: {
          ".": 191,
          a: { ".": 1, v: 22 },
          d: 172,
          e: { ".": 1, i: { e: { r: 14 } }, n: { e: 1 } },
          f: 19,
          i: 715,
          j: 175,
          o: [{ ".": 6 }, 7],
          s: 82,
          t: 42,
          u: { m: 1 },
          ø: 1
        },
        m: {
          ".": 164,
          e: { n: { d: 4 } },
          f: [{ a: 181 }, 90],
          g: 187,
          h: 166,
          k: 188,
          l: 162,
          m: [{ a: { r: { a: 139 } }, e: [{ r: { e: 717 } }, 249] }, 716],
          r: [{ e: { n: 191, r: 166 }, å: 434 }, 173],
          s: [{ l: 22, t: [{ i: 22 }, 0], y: 162 }, 153],
          t: [{ ".": 166, a: 168 }, 184]
        },
        n: [
          {
            a: { ".": 1 },
            d: { a: 61 },
            e: [{ a: 6 }, 304],
            g: { s: 124 },
            o: 85,
            s: { k: 5, t: 22 },
            u: 7,
            y: { ".": 1 }
          },
          164
        ],
        p: [
          {
            a: { k: 2, r: 35 },
            e: { t: 2 },
            p: { ".": 164, a: 166, e: 164, i: 23, l: { e: 167 } },
            r: 12
          },
          174
        ],
        r: {
          ".": 172,
          a: [{ n: 12 }, 191],
          b: 166,
          d: [{ a: 23 }, 187],
          e: [{ k: 1 }, 216],
          g: { a: { ".": 191 }, l: 23 },
          i: [{ e: 181, s: 191, u: 15 }, 7],
          k: { e: 162 },
          n: 22,
          s: 686,
          t: 515
        },
        s: [{ c: 248, e: { ".": 6 }, f: 168, j: 162, l: 1 }, 172],
        t: { e: [{ ".": 6 }, 15], r: { a: 1 }, s: 5, t: { e: 22, i: 23 } },
        u: 162,
        v: [
          { a: 12, e: { ".": 1, n: 15, r: { e: 14 }, s: 124, t: 166 }, j: 164 },
          173
        ]
      },
      p: [
        {
          ".": 162,
          a: {
            g: { h: 19 },
            k: { ".": 191, a: 191, e: 166, k: 167 },
            l: [{ l: 90, t: 166 }, 88],
            n: { n: 178 },
            r: { i: 164 },
            s: [{ e: { r: 334 } }, 162]
          },
          e: {
            ".": 162,
            a: 23,
            d: { a: 167, é: 39 },
            e: 0,
            i: 184,
            l: [{ e: { g: 23, s: 23, t: 166 } }, 88],
            n: { g: 175, n: 178, t: 0 },
            p: 38,
            r: { a: { n: { d: 53 } }, i: 168, l: 162, r: 0, s: 90 },
            s: { i: 164, t: 0 },
            t: { ".": 155 }
          },
          i: [
            {
              l: { o: 274 },
              n: { g: 162 },
              o: 88,
              p: 173,
              r: { e: { s: 61 }, i: 61, o: 61 },
              s: { s: 334 },
              z: 361
            },
            172
          ],
          l: [
            { a: { n: { t: 522 }, r: 35 }, e: 162, i: { n: 0, t: 164 } },
            188
          ],
          o: [
            {
              e: [{ t: 31 }, 173],
              l: [{ e: 334, i: 306 }, 173],
              r: { a: 0, e: 0, s: 337, t: { s: 145 }, v: 164 },
              s: 267,
              t: [{ e: 90 }, 162],
              v: 22
            },
            4
          ],
          r: {
            a: { g: 301, n: 166 },
            e: {
              g: 434,
              i: [{ k: 175 }, 166],
              k: [{ e: 17 }, 0],
              m: 90,
              n: 337,
              s: 274,
              t: 337
            },
            i: { n: { t: 11, s: { i: 167 } }, o: 38, s: 710 },
            o: {
              b: 274,
              d: 90,
              f: 162,
              g: [{ n: 306, r: 306 }, 334],
              s: { s: 334 }
            },
            u: 172,
            y: 0,
            ø: { y: 164 },
            å: 166
          },
          s: 361,
          u: { b: 167, l: 173 },
          y: { d: 336 },
          ø: [{ l: 434, y: 15 }, 504],
          å: { ".": 301, d: 166 }
        },
        7
      ],
      r: [
        {
          e: { k: { a: 32, e: { ".": 32 } } },
          i: { e: 148, k: { a: 32 }, m: { a: 32 }, v: { e: { ".": 23 } } },
          o: [
            {
              e: 23,
              p: { a: 31 },
              s: { a: 31, e: { ".": 31 } },
              t: [{ e: 39, o: 17 }, 28]
            },
            38
          ],
          ø: { v: 54 },
          å: { d: { a: { ".": 23 }, e: { r: [{ s: 31 }, 33] } }, m: { a: 32 } }
        },
        522
      ],
      s: [
        {
          a: {
            b: { e: { l: 152 }, l: 152 },
            e: 11,
            j: 0,
            k: { e: { ".": 32 } },
            l: { a: { ".": 31 }, l: 15 },
            m: { e: { ".": 23 }, p: 15 },
            n: { e: 38 },
            r: {
              ".": 350,
              i: { e: { n: 718 } },
              m: 252,
              r: 0,
              v: { e: { ".": 46 } }
            },
            s: 4,
            u: { s: { a: 46, e: { ".": 36 } } }
          },
          e: {
            e: { t: 11 },
            g: [{ e: 22, g: 15 }, 88],
            l: [{ i: 22, s: 17, v: { ".": 35, å: 80 } }, 1],
            m: 88,
            n: {
              ".": 38,
              a: { ".": 32 },
              d: { e: { n: 15 } },
              e: 38,
              i: 0,
              k: { e: { ".": 36 } },
              u: 0,
              å: 11
            },
            r: { ".": 38, a: { b: 11, t: 11 } },
            s: { k: [{ i: 0 }, 61], t: 0 },
            t: { ".": 152, s: 155 },
            u: 88,
            y: 0
          },
          h: 88,
          i: {
            a: 23,
            e: { r: { e: { r: 77 } } },
            f: { f: 0 },
            l: { o: 11 },
            m: { e: 340 },
            n: { d: 367, i: { t: 15 }, j: 12, n: 12, s: 193 },
            s: [{ m: 17 }, 439],
            v: { e: { n: { d: 127 } } }
          },
          j: { a: { r: { g: 149 } } },
          k: {
            a: { p: { e: 1 }, r: [{ a: 46 }, 12] },
            n: 12,
            o: { f: 12, g: 152, r: 0 },
            y: { ".": 4, e: 1 },
            å: [{ l: 15, p: 152 }, 1]
          },
          l: [{ i: { p: 93 }, o: 69, y: 15 }, 88],
          m: 88,
          n: { a: { r: 4 }, o: 7, ø: [{ d: 169, k: 15 }, 1] },
          o: {
            f: 88,
            k: 257,
            l: { o: 22 },
            m: [{ a: 1 }, 88],
            r: { a: 24, g: { a: 0 } },
            v: { e: 12 }
          },
          p: { i: { l: 4 }, o: { r: 1 } },
          r: { i: 35 },
          t: [
            {
              a: { d: 38 },
              e: { d: 1, k: 12, l: { l: { i: 120 } }, p: 15 },
              i: { l: { p: 2 }, p: 152 },
              r: [{ e: { n: 15 }, å: 1 }, 31],
              u: { s: 12 },
              v: 34
            },
            7
          ],
          u: { l: 375, r: 90 },
          v: { a: { r: { a: 16 } }, e: [{ k: 6 }, 69] },
          y: { n: { a: 31 }, r: 22 },
          ø: { y: { e: 2 } },
          å: 11
        },
        187
      ],
      t: {
        ".": 168,
        a: {
          ".": 188,
          b: { s: 203 },
          d: [{ a: 18, o: 144 }, 719],
          f: { a: 38, e: 164, l: 22, t: 12 },
          g: { e: 61 },
          h: 162,
          k: { a: { ".": 31 }, k: 166, l: 162 },
          l: {
            ".": 168,
            a: [{ k: 22 }, 720],
            d: 15,
            e: [{ ".": 23 }, 162],
            i: 334,
            t: 166
          },
          m: { e: 90, m: 164 },
          n: {
            a: { ".": 22 },
            d: [{ e: { ".": 168 } }, 178],
            e: 6,
            f: 0,
            g: [{ s: 138 }, 0],
            l: 12,
            o: 148,
            t: { r: 97 },
            v: 12
          },
          o: 162,
          p: [{ a: 152, p: 0, å: 93 }, 173],
          r: { i: 90 },
          s: [{ j: 497, t: 248 }, 172],
          t: [{ o: [{ p: 22 }, 162], u: 24 }, 172],
          v: { e: 164 }
        },
        b: 721,
        c: 2,
        d: 173,
        e: {
          ".": 361,
          a: 173,
          b: 173,
          d: { ".": 164, a: 0, t: 166 },
          e: [{ n: 23 }, 88],
          f: 722,
          g: {
            ".": 249,
            a: { l: 120 },
            e: 0,
            h: 164,
            n: 248,
            r: 0,
            s: { p: [{ l: 166 }, 162] }
          },
          h: { e: { r: 23 } },
          i: [{ e: { r: 17 }, k: { n: 162 }, n: { s: 724 } }, 723],
          k: {
            ".": 178,
            a: 297,
            e: [{ t: 23 }, 11],
            i: 0,
            n: 248,
            o: 162,
            t: 0,
            v: 725
          },
          l: { a: 162, e: { ".": 22, g: 38, v: 22 }, i: { g: 38 } },
          m: { d: 166, m: 178, n: 166, ø: 162 },
          n: {
            a: [{ r: 23 }, 17],
            e: { n: 337, r: 0, s: 417 },
            g: 249,
            i: 0,
            k: 168,
            o: 162,
            s: { l: 14 }
          },
          o: [{ l: 38 }, 162],
          p: [{ p: { e: { r: 16 } } }, 173],
          r: {
            ".": 6,
            a: [{ m: 0 }, 525],
            e: { s: { t: 11 }, v: 0 },
            f: 252,
            i: { d: 0, s: 61, v: 726 },
            m: 181,
            r: 168,
            u: { n: 22 },
            ø: 46
          },
          s: [{ e: 0, l: { e: 61 } }, 173],
          t: [{ a: 0, r: 77, ø: 11 }, 162],
          v: { e: 162, i: 162, l: 168, n: 166 },
          å: 168
        },
        f: 721,
        g: [
          { a: { v: { e: { ".": 36 } } }, å: { v: { a: 46, e: { ".": 46 } } } },
          173
        ],
        h: [{ e: 15 }, 727],
        i: {
          a: 361,
          b: [{ e: 38, l: 155 }, 162],
          c: [{ k: 11 }, 164],
          d: [{ e: { l: 11 } }, 306],
          e: { n: 22 },
          f: [{ t: 164 }, 88],
          g: { e: { n: 0 }, i: 304, j: 84, n: 164 },
          j: 38,
          k: { a: 274, e: 248, l: 0 },
          l: {
            ".": 249,
            a: [{ g: 23 }, 337],
            d: 162,
            e: [{ g: { e: 33 } }, 164],
            k: 11,
            n: 168,
            o: 0,
            s: 274,
            t: { ".": 337, a: 274, e: 166 }
          },
          m: { e: [{ r: 61 }, 162], é: 168, u: 249 },
          n: { d: 367, i: 11, n: 241, s: { t: 11 }, t: 11 },
          p: [{ p: 181, s: 168 }, 184],
          r: 166,
          s: [{ k: 306 }, 173],
          t: { t: 162 },
          å: 162
        },
        j: { a: 0, e: { l: 166, n: { e: 175, t: 97 }, r: 164 }, u: 162 },
        k: 173,
        l: 173,
        m: 173,
        n: 646,
        o: {
          ".": 88,
          f: 172,
          g: 361,
          k: { s: 162, t: 168 },
          l: { i: 164, j: 162, l: 38 },
          m: [{ m: 155, s: 12, t: 274 }, 162],
          n: { i: 162 },
          p: { e: 12, p: { l: 15 } },
          r: { d: 728, e: { t: 23, ".": 334 }, m: 11, o: 18, s: 162 },
          s: 9,
          t: [{ r: 53 }, 153],
          u: 15,
          v: { a: 166 }
        },
        p: 173,
        r: {
          ".": 167,
          a: {
            ".": 12,
            d: 248,
            f: { f: 93, i: 168 },
            i: { l: 168 },
            l: 12,
            n: [{ a: { ".": 46 }, d: 166, e: 162, s: 168 }, 1],
            p: 168,
            r: 162,
            s: { ".": 2, t: { ".": 2 } },
            u: { m: 337 }
          },
          e: {
            a: 729,
            d: 0,
            i: { k: 304, s: 15 },
            k: { ".": 191, l: 15, s: { a: 730 } },
            n: { i: 168 },
            r: { ".": 15, s: 168 }
          },
          h: 168,
          i: { a: 301, d: 401, e: 166, g: { e: 15 }, n: 12, p: 731, s: 732 },
          o: {
            e: 168,
            g: 229,
            k: 337,
            l: 12,
            m: 733,
            n: 12,
            p: { ".": 2, a: 472, e: 11 }
          },
          u: { g: 96, k: 689, m: { ".": 15 } },
          y: [{ g: 168, k: { t: 152 }, t: 15 }, 173],
          æ: 181,
          ø: [
            {
              b: 274,
              k: { k: 38 },
              m: 4,
              r: 162,
              s: [{ e: 15, t: 38 }, 162],
              y: 162
            },
            184
          ],
          å: { d: 168 }
        },
        s: [{ a: { m: { e: { ".": 36 } } }, y: { n: { a: 46 } } }, 310],
        t: [{ a: { l: { e: { ".": 36 } } }, r: 34 }, 642],
        u: {
          a: 0,
          b: 184,
          d: 178,
          e: [{ l: 23, r: [{ e: 17 }, 23] }, 88],
          m: 178,
          n: { g: 434, n: 168, t: 497 },
          r: 274,
          t: 722
        },
        v: [{ e: { d: 89 } }, 173],
        y: [
          {
            a: 173,
            d: 173,
            k: 178,
            l: 31,
            n: 267,
            p: 699,
            r: [{ s: 203 }, 178],
            s: { k: 168 },
            v: [{ e: 22 }, 162]
          },
          172
        ],
        ø: [
          {
            k: 173,
            l: 166,
            m: 168,
            p: 166,
            r: { k: 168 },
            t: 166,
            v: { a: { ".": 61, r: 22 }, e: 24, i: 22 },
            y: 6
          },
          172
        ],
        å: [{ e: 337, k: 22 }, 172]
      },
      u: {
        ".": 162,
        a: [{ l: 94 }, 296],
        b: [{ l: 61, o: 24, s: 166, å: 90 }, 734],
        e: [{ r: 6 }, 172],
        f: 7,
        g: [{ a: { ".": 4 }, e: { ".": 1 }, g: 24 }, 504],
        h: 7,
        i: [{ s: 568, t: { a: 17 } }, 735],
        k: [{ e: 187, k: 686, r: 24, s: 716 }, 7],
        l: {
          e: { ".": 1 },
          f: 178,
          i: { k: 1 },
          t: { r: 53 },
          u: 153,
          y: 173,
          æ: 17
        },
        m: [{ i: { d: 181 }, o: 7, s: 36 }, 336],
        n: {
          d: { ".": 166, e: { r: 525, t: 166 }, i: 337, r: 127, s: 301 },
          g: { e: { ".": 23 } },
          i: 736
        },
        o: 1,
        p: [{ e: { ".": 1, r: 203 }, i: 49, r: [{ e: 6 }, 737] }, 336],
        r: {
          d: 22,
          e: { ".": 1, i: 563 },
          f: 172,
          i: { e: 1, u: 1 },
          s: { k: 17, p: 23, t: { i: 23 } }
        },
        s: [
          {
            a: { n: 12 },
            e: { ".": 1, s: 3 },
            i: [{ k: 1 }, 162],
            p: 24,
            s: 24,
            y: 7
          },
          172
        ],
        t: [{ r: { a: { ".": 31 }, e: { g: 32 } } }, 738],
        v: [{ i: 739 }, 191]
      },
      v: [
        {
          ".": 168,
          a: {
            a: 22,
            i: 17,
            k: { ".": 166, e: 164, s: 168 },
            l: { a: 23, e: { s: 23, t: 168 }, i: 334 },
            m: 304,
            r: { ".": 0, e: { t: 0 }, m: 90, t: 178 },
            s: 200
          },
          e: {
            g: [{ i: 127 }, 200],
            i: { e: 38, s: 178 },
            k: { a: 38, s: 274 },
            n: { s: 337 },
            r: {
              d: { s: 740 },
              e: [{ s: 32 }, 23],
              g: 178,
              j: 337,
              k: [{ i: 5 }, 38],
              m: 0,
              v: 306
            },
            v: 502
          },
          i: {
            e: [{ l: 144 }, 0],
            f: { t: 167 },
            g: 162,
            k: {
              e: { ".": 22 },
              g: 168,
              s: { ".": 162 },
              t: [{ i: 248 }, 164]
            },
            l: 162,
            n: { d: { e: { l: 11 } }, e: { s: 23 }, g: { s: 740 }, k: 175 },
            r: [{ k: 741 }, 162],
            s: [{ a: { ".": 23 }, e: [{ n: 22, r: 22 }, 23] }, 173],
            v: [{ e: 39 }, 93]
          },
          o: { l: 162, r: [{ t: 16 }, 504] },
          r: 90,
          u: { l: [{ m: 334 }, 164] },
          y: [{ e: { n: { e: 16 } } }, 742],
          ø: 184,
          æ: { s: 162 },
          å: 699
        },
        7
      ],
      y: [
        {
          c: 1,
          d: { e: { ".": 1, n: 15 } },
          e: [{ r: 7 }, 166],
          k: { a: 6, e: { r: [{ e: 15 }, 1] }, o: [{ g: 4 }, 173] },
          m: [{ e: 2 }, 502],
          n: [{ d: { l: 248 }, k: 5, o: 83, s: { k: 31 }, t: { e: 24 } }, 88],
          r: {
            a: [{ r: 15 }, 1],
            e: [{ ".": 1 }, 11],
            k: [{ a: 23, e: { ".": 23 } }, 188]
          },
          s: [{ e: 1, l: 7, t: [{ r: 23 }, 21] }, 567],
          t: [{ e: { n: 15 }, h: 20, t: 301 }, 224],
          v: { å: 7 }
        },
        172
      ],
      z: [{ c: { z: 34 }, t: { ".": 168 } }, 0],
      æ: [
        {
          l: 7,
          r: { e: [{ n: 669 }, 669], i: 298, l: { e: 33 }, s: 112 },
          t: { e: 743, t: 162 }
        },
        172
      ],
      ø: [
        {
          ".": 162,
          d: [{ e: 153 }, 7],
          f: 162,
          g: 23,
          j: 162,
          k: {
            ".": 301,
            e: 249,
            j: 166,
            k: [{ j: 61 }, 166],
            n: { a: 249 },
            o: 173,
            s: { k: 23, e: 744, m: 334 },
            t: { a: 23 }
          },
          l: [{ a: { ".": 1 }, e: { ".": 1, t: 15 } }, 178],
          m: [{ å: 4 }, 336],
          n: { n: 164, s: 153 },
          p: 0,
          r: {
            a: { s: 1 },
            e: {
              ".": 1,
              n: { d: [{ e: { ".": 120 } }, 26] },
              t: [{ t: 39 }, 6]
            },
            l: 191,
            s: 24,
            ø: 22
          },
          s: [{ ".": 162, a: 6 }, 336],
          t: [{ a: { s: { t: 2 } }, e: { l: 2, s: 15 } }, 191],
          v: [{ e: 153, n: 164 }, 173],
          y: {
            ".": 267,
            a: 181,
            d: [{ e: { ".": 32 } }, 274],
            e: 167,
            l: 164,
            n: 491,
            r: 28,
            s: 699
          }
        },
        172
      ],
      å: {
        g: 166,
        k: { e: 151 },
        l: [{ e: { ".": 1 } }, 337],
        n: [{ d: { a: 23, e: { ".": 31 } } }, 200],
        p: [{ a: 301, e: { t: 15 }, n: 200, u: 39 }, 7],
        r: [
          {
            a: [{ s: { t: { ".": 39 } } }, 4],
            e: { ".": 1 },
            s: { k: 24 },
            ø: 61
          },
          7
        ],
        s: [{ a: 152, b: 0, e: 38, k: 22, t: 22 }, 7],
        v: [{ a: 16 }, 301]
      }
    },
    v: {
      s: [
        {
          t: [
            {
              e: { k: { s: { t: 169 } }, m: { a: { ".": 36 } } },
              i: { l: 12 }
            },
            784
          ],
          a: { ".": 11, l: { i: 152 } },
          e: {
            ".": 11,
            g: [{ g: 12 }, 0],
            l: [{ i: 198 }, 89],
            n: [{ ".": 38, g: 169, s: 229 }, 23],
            r: 88
          },
          i: { ".": 11, n: 69 },
          k: [{ e: 6, u: { m: 97 }, v: 69 }, 153],
          l: [{ a: { n: 12 }, e: { t: 4 }, i: { k: 11 } }, 153],
          m: { å: { l: { a: 46 } } },
          n: [{ a: 96, e: 12, y: 12, æ: 12, ø: 193 }, 150],
          o: { d: 15, m: [{ s: 783 }, 17], n: 152, r: 69 },
          p: { e: 7 },
          r: { e: { d: { e: { ".": 36 } } } },
          s: { t: 40, å: 26 },
          v: [{ a: 96 }, 69],
          ø: { k: { e: { ".": 31 } }, l: 17, y: [{ e: { r: 5 } }, 230] },
          å: { ".": 93, r: { e: 61 } }
        },
        167
      ],
      a: {
        a: { m: 12, n: 6 },
        b: 162,
        d: { j: 168, r: 54 },
        f: [{ r: 31 }, 24],
        i: { r: 22, s: 22 },
        k: {
          a: { ".": 4, n: 2 },
          e: { r: 15 },
          h: 168,
          i: { ".": 6 },
          o: 162,
          r: 24,
          s: { i: 304, j: 181, t: 19 },
          t: [{ r: 17 }, 172],
          u: 69,
          v: 24
        },
        l: {
          a: { n: 12 },
          e: { d: 1, k: { s: 39 }, l: 162 },
          g: { r: 41 },
          i: { e: 260 },
          l: { a: 24 },
          m: { e: { s: 31 } },
          o: 232,
          u: [{ n: 1 }, 69],
          v: 162,
          ø: { y: 1 },
          å: 61
        },
        m: { p: { u: 32 } },
        n: {
          a: { l: 181 },
          d: { s: 17 },
          e: [{ s: 17, t: 1 }, 0],
          g: [{ r: 23, s: 396 }, 173],
          i: { ".": 6 },
          n: [{ a: { n: 23 }, i: { v: 23 }, s: { t: { i: 36 } } }, 253],
          o: { m: 1 },
          s: [{ e: { m: 22 }, k: [{ i: 19 }, 166], m: 24 }, 0],
          t: { i: 24, r: 39 },
          y: 1
        },
        p: [{ o: 15 }, 173],
        r: {
          a: { ".": 1, k: 4, l: 1, m: 1, p: 1 },
          e: { ".": 1, g: 1, m: 4, s: 1 },
          k: { a: 32 },
          m: { a: 22, e: { e: 23 } },
          s: { a: 23, k: 23, t: { i: 53 }, v: 23 },
          t: { a: { l: { a: 33 } }, e: { m: 31 }, i: { s: 415 } }
        },
        s: {
          a: [{ ".": 1 }, 162],
          e: { t: 35 },
          i: { d: 168, e: 4, f: 1, k: 1, l: 1, s: 4 },
          k: 7,
          s: { a: [{ u: 23 }, 17], e: { l: 23 }, ø: 127 },
          t: { a: 162 }
        },
        t: {
          a: [{ ".": 12 }, 22],
          e: { l: 774, r: { f: 7 } },
          l: { e: { g: { e: { ".": 120 } } } },
          n: 166,
          o: 69,
          r: [{ a: 61 }, 4],
          s: 54
        },
        u: 162,
        v: 188,
        z: 1
      },
      b: [
        {
          a: { n: { e: { ".": 23 } } },
          e: { r: { g: 17 } },
          o: { d: { a: 31 } }
        },
        174
      ],
      d: [
        {
          e: { v: 152 },
          i: { n: { g: { s: 740 } } },
          o: { i: 152, n: 152 },
          r: 4,
          u: { e: { n: { ".": 31 }, r: 31 } },
          ø: 152
        },
        200
      ],
      e: {
        ".": 172,
        a: [{ g: 4, r: { ".": 4 } }, 419],
        b: 173,
        c: 173,
        d: [
          { o: { b: 35, m: 14 }, s: [{ k: 42 }, 183], t: 775, ø: 5, å: 36 },
          129
        ],
        e: [{ r: 1 }, 173],
        f: 173,
        g: {
          a: { v: 3 },
          e: 15,
          g: [{ s: 103 }, 164],
          j: 173,
          l: [{ e: 12, ø: { d: 20 } }, 162],
          n: 22,
          o: 173,
          r: { e: [{ t: { t: 22 } }, 168], u: 162 },
          u: { t: 1 },
          å: 26
        },
        h: 173,
        i: { e: [{ b: 32, n: 24 }, 776], l: { l: 162 }, t: 168 },
        j: 173,
        k: {
          a: [{ ".": 495 }, 162],
          e: { ".": 1, d: 1, e: 162 },
          i: 173,
          j: 162,
          l: [{ a: 32, e: 32, i: 1 }, 173],
          o: 173,
          r: 173,
          s: [{ t: [{ r: 271 }, 23] }, 164],
          t: [{ a: { n: 53 }, o: 22, r: 53 }, 172],
          å: 173
        },
        l: {
          ".": 166,
          a: { s: 26, t: { ".": 166, p: 166 } },
          d: { ".": 168, e: { l: 23 }, s: 167 },
          e: { d: 162, i: 168, t: 191 },
          i: { s: 162, t: 162, v: 168 },
          o: [{ c: 166 }, 173],
          s: [{ e: [{ s: 139 }, 24], m: 24, p: 22, t: 22 }, 183],
          u: { g: 162, n: 22 },
          v: 22,
          y: 173,
          æ: 173,
          ø: [{ p: { a: 46 } }, 173]
        },
        m: [{ a: 15 }, 173],
        n: [
          {
            a: { ".": 6 },
            e: { m: 162, t: [{ e: 4 }, 15], v: 162 },
            i: { n: 1 },
            n: { i: 47, l: { e: 170 } },
            o: 7,
            s: { t: { i: 31, r: 31 } },
            t: { a: 36, r: 19, s: 5, y: 162 },
            u: [{ s: 1 }, 173],
            y: { ".": 15, a: 162, m: 1 }
          },
          172
        ],
        o: 707,
        p: 173,
        r: {
          ".": 519,
          a: { k: 22, l: 24, u: 167 },
          d: { e: { s: 31 }, i: { n: 31, r: 31 }, v: 16 },
          e: {
            ".": 12,
            d: 162,
            g: 162,
            i: { g: 166 },
            k: 162,
            l: 1,
            n: { g: 21, n: 162 },
            p: 162,
            r: 15,
            s: { ".": 15 },
            t: { t: 162, u: 162 }
          },
          f: { ø: { r: { e: 14 } } },
          i: { ".": 35, a: [{ l: 1 }, 18], e: 2, k: 162, l: 24 },
          k: { n: 166 },
          m: 19,
          n: { a: { l: 31 }, s: 116 },
          o: { ".": 35, m: 12 },
          s: { k: { a: { ".": 32 }, i: 22 }, p: { o: 61 } },
          t: { a: { l: { a: { ".": 91 }, e: { ".": 120 } } } },
          u: [{ m: { ".": 166 } }, 69],
          y: 168,
          ø: [{ s: 777 }, 36],
          å: 162
        },
        s: [
          {
            ".": 164,
            a: [{ n: 15 }, 307],
            e: { t: 162 },
            h: 162,
            i: 162,
            j: 162,
            k: { i: 162 },
            l: [{ i: 35 }, 173],
            m: 8,
            o: 465,
            p: [{ e: { r: 13 } }, 162],
            t: {
              e: { d: 15, n: { d: 47 } },
              o: { v: 78 },
              r: 162,
              u: 162,
              ø: 162
            },
            v: [{ a: 58 }, 12],
            y: { n: { d: { s: 166 } } },
            ø: 173,
            å: [{ r: { e: 17 } }, 69]
          },
          0
        ],
        t: [
          {
            ".": 172,
            a: [{ k: { a: 167 } }, 173],
            e: { g: 162, k: 162, s: 778, v: 168 },
            i: 278,
            j: 162,
            o: [{ ".": 1, e: 16, k: { e: 301, s: { ".": 301 } }, r: 1 }, 173],
            r: 173,
            s: 172,
            t: { s: { k: 17 } },
            v: 168,
            y: [{ e: 46 }, 162]
          },
          0
        ],
        u: [{ m: 6 }, 173],
        v: {
          a: [{ k: 4, n: 15, r: 35 }, 173],
          i: [{ s: { a: 46 } }, 173],
          s: { m: 23, p: 23 }
        },
        ø: 173,
        å: 173
      },
      ê: 172,
      f: [{ a: { l: { l: 103 } }, ø: { r: { e: { ".": 61 } } } }, 188],
      g: [
        {
          a: { ".": 0, l: { e: { ".": 23 }, i: 31 }, v: { e: { ".": 32 } } },
          e: 155,
          i: { ".": 0 },
          j: { e: { r: { s: 510 } } },
          o: 23,
          å: { ".": 0 }
        },
        174
      ],
      h: [{ ø: { r: { e: { ".": 23 } } } }, 188],
      i: {
        a: [{ n: 69 }, 172],
        b: { l: 4 },
        c: { e: { s: 17 } },
        d: [{ e: [{ o: 396 }, 15], o: 158, r: 24, s: 65 }, 172],
        e: { l: 69, n: { d: 15 } },
        g: { m: 23, u: 1, ø: 15 },
        k: {
          a: { t: 1 },
          b: 166,
          e: { d: 15 },
          g: 191,
          k: { e: 22 },
          n: 22,
          o: 779,
          s: { ".": 164, a: 22, l: 19 },
          t: [{ i: 166 }, 162],
          ø: 158
        },
        l: {
          a: [{ ".": 15 }, 129],
          e: { s: 133 },
          i: { n: 85 },
          j: 172,
          l: {
            a: { n: 53 },
            e: { d: [{ e: { ".": 120 } }, 23], i: 23, p: 49 },
            u: 274
          },
          m: 22,
          o: 54,
          s: { t: { i: 23 } },
          t: { o: 16, r: { e: { t: 31 }, i: 23 } },
          ø: 7
        },
        m: [{ p: 61, u: 61 }, 162],
        n: {
          d: { a: { u: 47 }, l: 162, u: 166 },
          e: { s: { t: 17 } },
          g: [{ n: 162, o: { m: { ".": 22 } }, r: 18, u: 148 }, 11],
          n: { a: 24, e: { d: 23 }, h: 168, l: 248, s: 248, t: 162 },
          o: { v: { e: { r: 83 } } },
          s: [{ j: { a: 61 } }, 605],
          t: { e: { s: 23 }, r: { e: 22 } }
        },
        p: { a: { ".": 6 }, e: { ".": 4 }, s: 22 },
        r: [{ o: 162, u: 191 }, 172],
        s: {
          a: { b: 24, k: 24, n: { d: 22 } },
          e: { e: 1, n: [{ g: 4 }, 12] },
          k: [{ r: { e: 36 } }, 129],
          m: 22,
          o: [{ m: 24 }, 69],
          p: [{ a: 39 }, 1],
          s: { p: 5 },
          t: { i: 22 }
        },
        t: {
          a: { k: 1 },
          e: { s: { e: 15 } },
          j: 780,
          o: 85,
          r: [{ a: 61, e: 22 }, 1],
          s: { k: { r: 22 } },
          t: { e: { s: 781 } },
          u: { n: [{ g: { e: { ".": 120 } } }, 26] },
          ø: { y: 443 }
        },
        v: { a: { ".": 1 }, e: { s: 4 }, i: 18 }
      },
      j: {
        a: 153,
        e: [{ t: { a: 53, e: 19, r: 53, t: 18, u: 23 } }, 153],
        i: 153,
        o: 248,
        u: { t: 24 }
      },
      k: [{ l: { e: [{ r: 1 }, 1] }, u: { l: { e: { ".": 23 } } } }, 757],
      l: [
        {
          a: { b: 11, g: { a: 31 } },
          e: {
            d: 155,
            g: 155,
            i: { e: 49 },
            l: 4,
            s: { e: { ".": 23 }, n: 38, t: { r: 22 }, v: 11 }
          },
          i: { v: 61 },
          s: 39,
          u: { s: { a: 39 } }
        },
        520
      ],
      m: [
        {
          a: { l: { e: { ".": 32 } } },
          o: { d: { e: { ".": 32 } }, r: { d: 103 } },
          å: { l: { a: 32 } }
        },
        188
      ],
      n: [
        {
          a: { d: 90, k: { e: { ".": 32 } }, l: 15, r: 155 },
          d: { y: 15 },
          e: {
            b: 61,
            d: [{ e: 61 }, 88],
            l: { e: 0, i: 0, o: 0 },
            m: 88,
            r: { e: 19, o: 0 },
            s: [{ t: { a: 0, e: 11 } }, 54],
            v: 88
          },
          o: { r: { s: { k: { a: { s: 260 } } } } },
          s: { p: { a: 26 }, t: 182 },
          t: 9,
          æ: { r: { e: { ".": 23 } } },
          ø: { r: 15 }
        },
        188
      ],
      o: {
        a: { l: 69, r: 7 },
        b: 168,
        f: [{ f: { a: { n: 32 } } }, 173],
        g: { u: 1 },
        i: 54,
        k: [{ o: 162, s: [{ k: 18 }, 47] }, 172],
        l: [{ i: [{ t: { u: 1 } }, 16], t: { e: { s: 23 } } }, 172],
        m: 173,
        n: { a: [{ l: 35, r: 35 }, 1], d: { e: 22 }, s: [{ h: 22 }, 36] },
        p: 566,
        r: {
          d: [{ a: { ".": 32 } }, 173],
          e: [{ n: 35 }, 69],
          g: 188,
          o: 162,
          s: { k: 16 }
        },
        s: [{ j: 162, s: { e: 23 } }, 172],
        t: { e: { g: 1, l: 1 }, r: 168 },
        v: [{ e: { ".": 1 }, i: { ".": 4 } }, 69]
      },
      p: 272,
      r: [
        {
          a: { k: 249, r: 152 },
          e: [
            {
              g: { i: 203 },
              n: { g: { e: 168, i: 162, j: 11, t: 11 } },
              t: { t: { s: 103 } }
            },
            153
          ],
          i: {
            ".": 11,
            d: 164,
            e: 191,
            g: { a: { s: 11 } },
            m: { a: { ".": 31 }, e: { ".": 32 } },
            n: { g: 90, s: 17 },
            v: { e: { ".": 31 } }
          },
          o: [{ b: 0, f: 0, k: 0, p: 0, t: { e: { ".": 32 } } }, 153],
          u: 153,
          y: 152,
          ø: { v: { e: 24 } },
          å: [{ d: { a: { ".": 32 } } }, 153]
        },
        782
      ],
      t: [
        {
          a: [
            {
              ".": 0,
              k: { a: { ".": 32 } },
              l: { e: { d: 31, n: 39, v: 23 } },
              s: 31
            },
            54
          ],
          e: { p: { p: 38 } },
          i: [{ n: { a: 32, e: { ".": 32 } } }, 229],
          r: 229,
          s: 2,
          v: 151,
          y: { e: 32 }
        },
        188
      ],
      u: [
        {
          d: [{ d: 22, e: { n: { t: 14 } }, s: 5 }, 129],
          é: 167,
          k: 6,
          l: 173,
          n: { g: [{ e: { ".": 23 } }, 173] },
          o: 356,
          t: 188
        },
        172
      ],
      v: [
        {
          a: { l: { a: 32 } },
          e: {
            g: { i: { n: { g: { ".": 148, a: 127 } } } },
            n: { n: { i: 128 } }
          },
          i: { k: { e: 22, l: 127 }, s: { a: { n: 148 }, e: { ".": 23 } } }
        },
        188
      ],
      y: [{ a: 23, e: { n: { s: 2 } } }, 189],
      æ: [{ r: { a: 69, e: { t: 35 } }, t: { a: { ".": 6 } } }, 172],
      ø: {
        d: 89,
        k: { s: 175 },
        l: [{ i: 2 }, 1],
        m: { m: { e: { t: 23 } } },
        r: { e: [{ ".": 4 }, 164], k: { e: 90 }, n: { a: { ".": 32 } } },
        s: { e: { ".": 12 } },
        v: 38,
        y: [{ e: [{ n: { e: { ".": 61, s: 39 } } }, 31] }, 187]
      },
      å: {
        a: 172,
        e: [{ n: { d: 162 } }, 172],
        k: [{ a: { ".": 6 }, e: { ".": 1, n: { e: [{ ".": 35 }, 1] } } }, 0],
        l: { e: { ".": 1 } },
        n: [{ e: 15, u: 162 }, 172],
        r: { e: { n: 12 } },
        s: { a: { ".": 6 } },
        t: { e: { s: 15 }, f: 168, å: 61 }
      }
    },
    t: {
      a: {
        a: 69,
        b: { o: 162, r: 28, s: 28, u: { ".": 1 }, ø: 162 },
        c: 69,
        d: [
          { a: 7, e: { i: 59, t: 55 }, s: { p: { a: 22 }, v: 77 }, u: 4 },
          162
        ],
        e: [{ i: 168, k: 162, l: 162, n: [{ d: 162, h: 162 }, 172], s: 4 }, 93],
        f: { e: 286, f: 77, i: { s: 166 }, l: 162 },
        g: { e: 172, j: 162 },
        h: 167,
        i: { s: 2 },
        k: {
          ".": 172,
          a: { ".": 1, u: 162 },
          e: { n: 2, r: 15 },
          k: { e: { l: 61 }, l: 42 },
          l: { a: 219 },
          r: 173,
          s: { a: { l: 23 }, e: { ".": 31 }, i: 23, j: 181, t: 166 },
          t: { a: { l: 23 }, i: { g: 162 }, o: 23, ø: 38 },
          u: 69,
          v: 24
        },
        l: {
          ".": 172,
          a: { m: 35, n: [{ g: 22 }, 12], s: 2 },
          e: [{ i: [{ e: 22 }, 1], k: 1, r: { ".": 15 }, s: 128 }, 164],
          g: [{ e: { ".": 31 } }, 172],
          j: [{ e: { s: 17 } }, 191],
          l: {
            e: { d: 23, g: 23, r: { g: 175 }, s: 16 },
            i: { g: { n: 32 } },
            s: { a: 202 },
            y: 23
          },
          o: { p: 24 },
          t: { e: { r: [{ n: 38 }, 168] } },
          u: 663,
          å: 4
        },
        m: {
          b: [{ a: { n: { e: { ".": 120 } } }, i: 90 }, 173],
          e: [{ t: 162 }, 0],
          i: 23,
          o: 707,
          v: 22
        },
        n: {
          ".": 11,
          a: [{ b: 22, l: 181, r: 12, s: 15, t: 15 }, 7],
          d: {
            a: { k: 38 },
            e: { ".": 334, l: { ".": 152, e: 38 } },
            r: 17,
            ø: [{ r: { e: 139 } }, 103]
          },
          e: [{ l: 1, m: 15, t: { t: 162 } }, 172],
          f: { a: 90, ø: 120 },
          g: { f: 168, r: 434 },
          k: 172,
          l: [{ e: 90 }, 173],
          m: 188,
          n: { l: 164, o: 38, s: 103 },
          s: { k: [{ a: 17 }, 31], l: 597, t: { r: 248 }, v: 162 },
          t: { i: { l: 167 }, r: { a: 23, e: 306 } },
          v: { e: 90 }
        },
        o: 707,
        p: {
          ".": 166,
          a: { ".": 1 },
          e: [{ ".": 1 }, 172],
          i: 164,
          l: 162,
          p: { a: 162, i: 166 }
        },
        r: {
          ".": 253,
          a: [{ k: 85, m: 162, r: { e: 4 } }, 11],
          b: [{ o: 164, ø: 166 }, 173],
          e: { n: { a: 343 } },
          k: { ".": 306, a: { ".": 32 }, e: 248, i: 181 },
          r: { a: 162 },
          s: { i: 39, p: 61, v: 36 },
          t: [{ e: { s: { t: 16 } }, i: { k: 38, t: 61 }, r: 41 }, 162],
          å: { k: 531 }
        },
        s: {
          a: 162,
          e: 12,
          f: 634,
          i: { a: 89, e: 18, f: 1, l: 1, s: 289 },
          p: 23,
          s: 42,
          t: { a: { s: 32 }, o: 204, r: 2 },
          u: 162
        },
        t: {
          a: 69,
          e: { s: [{ e: { ".": 46 } }, 2], v: 42 },
          i: 176,
          o: { p: 24 },
          s: 261,
          t: { e: 24, r: 90 }
        },
        u: [
          {
            ".": 301,
            e: 191,
            g: 248,
            k: 272,
            n: [{ e: { ".": 23 } }, 162],
            s: { k: 23 },
            t: 173
          },
          172
        ],
        v: [{ i: { n: 168 }, l: [{ i: 162 }, 164] }, 173],
        x: { y: 35 }
      },
      b: [
        {
          a: { d: 24, n: 28 },
          e: { ".": 11, t: { e: { ".": 31 }, r: [{ a: 745 }, 127] } },
          o: { d: { a: 31 } },
          u: { d: { a: 32 } },
          y: { k: 24, s: 23, t: { e: 61 } }
        },
        520
      ],
      c: [{ e: [{ n: 5 }, 153], h: { e: 22 }, o: 38 }, 173],
      d: [{ y: { p: { e: 22 } } }, 361],
      e: [
        {
          a: {
            d: 162,
            g: 265,
            k: 173,
            l: 424,
            m: 31,
            n: 420,
            p: 173,
            r: [{ b: 15 }, 173],
            s: 23,
            t: { r: 164, t: 162 },
            u: 173,
            v: 173
          },
          b: [{ b: 38, u: { d: { a: 46 } } }, 162],
          c: { e: { l: 162 }, o: 69 },
          d: [
            {
              d: { i: 274 },
              e: { ".": 164, b: 162, f: 2, k: 162, l: 162, m: 162, n: 15 },
              i: [{ l: 166 }, 162],
              o: [{ e: { n: { ".": 36 }, r: 5, t: { ".": 46 } }, r: 1 }, 162],
              s: { k: 23, l: 23 },
              u: 168,
              y: [{ r: { k: 33 } }, 162],
              ø: 162
            },
            173
          ],
          e: 34,
          f: [
            {
              a: 167,
              i: 162,
              l: 162,
              o: [{ r: 46 }, 162],
              t: { e: 90 },
              ø: 164
            },
            173
          ],
          g: {
            a: [{ t: 166 }, 173],
            d: 181,
            e: { a: 2, e: 35 },
            g: [{ a: { ".": 32 } }, 162],
            h: 173,
            i: { m: 1 },
            j: 173,
            l: [{ a: 12, i: 84 }, 173],
            s: { ".": 167, p: { l: 168 }, v: 168 },
            u: 173,
            v: { i: 91 },
            å: [{ s: 166 }, 173]
          },
          h: 162,
          i: {
            ".": 166,
            d: 307,
            e: 90,
            g: { a: [{ ".": 31 }, 90], e: { ".": 381 }, r: 168 },
            k: { n: 164 },
            l: { e: 22 },
            m: 69,
            n: { f: 168, n: { e: 1 }, t: { e: 15 } },
            s: [{ o: 168 }, 9]
          },
          j: 173,
          k: {
            e: { n: 2, r: 15 },
            i: { l: 162 },
            j: 173,
            k: 276,
            l: [{ a: 9, e: { d: { e: { ".": 31 } } }, i: 23 }, 173],
            n: { u: 162 },
            o: 173,
            r: [{ a: 2, u: 3 }, 173],
            s: { ".": 301, a: 181, e: 90, p: 162, t: 453 },
            t: { r: 148, s: 5, y: 31 },
            u: 173,
            v: 107,
            y: 162,
            ø: 173,
            å: 162
          },
          l: {
            a: [{ k: 31, r: 746, v: 164 }, 285],
            e: {
              ".": 747,
              d: 162,
              i: 162,
              k: 162,
              m: { e: 162 },
              n: { e: 1 },
              r: 168,
              s: [{ k: 15 }, 1],
              v: [{ a: 4 }, 303]
            },
            i: { d: 162, k: 162, l: 162, n: 162, r: 1, s: 162, t: 162, v: 162 },
            l: { e: { f: 22, i: 23, v: 23 }, i: { g: { n: 32 } }, o: 23 },
            o: 173,
            s: { e: [{ s: 139 }, 24], k: 90, v: 77 },
            t: { e: { t: 166 } },
            u: [{ t: 191 }, 189],
            y: 173,
            æ: 168,
            ø: [{ p: { a: { ".": 46 } } }, 173],
            å: 173
          },
          m: [
            {
              a: { e: 164, n: [{ s: 1 }, 168] },
              b: { a: 38 },
              e: { n: { n: 168 } },
              i: { k: 166 },
              m: { a: 39 },
              n: [{ e: { ".": 22 } }, 168],
              o: { r: { d: 22 } },
              p: { e: [{ l: 748 }, 22], o: 164 },
              s: 24,
              ø: 162
            },
            173
          ],
          n: {
            ".": 164,
            a: { b: 15, l: 26, m: 32, n: 1, t: [{ ".": 22 }, 1] },
            c: 306,
            d: { e: { n: 313 }, r: 162 },
            e: { d: 162, g: 15, m: 168, r: { g: 168 }, s: 166, t: 162 },
            g: [{ o: { n: 191 } }, 173],
            i: { g: 229, k: 191, s: 166, v: 162 },
            n: { o: 39 },
            o: { m: 1, r: [{ m: 168 }, 15], t: 162, v: 4 },
            ó: 168,
            s: { a: 24, k: { o: 22 }, l: { u: 31 }, o: 24, v: 17 },
            t: { i: { n: 53 }, l: { e: { g: { e: { ".": 242 } } } } },
            u: { m: 162 },
            y: 162,
            æ: 162,
            ø: [{ k: { s: 22 } }, 173]
          },
          o: { m: 173, n: 166, p: 162, r: { a: 4, i: 4, d: 162 }, v: 173 },
          p: [
            {
              a: [{ k: 162, r: { a: 49 }, s: 162 }, 12],
              e: [{ e: 191 }, 236],
              é: 301,
              p: { e: { r: { e: 31 } } },
              l: { e: 149 },
              r: 162
            },
            173
          ],
          r: {
            a: {
              c: 162,
              k: { k: 2 },
              m: { m: 168 },
              p: { a: 61, p: 162 },
              r: { e: 1 },
              s: { a: 168, e: 162, t: 191 }
            },
            b: { a: { n: { e: { ".": 120 } } } },
            d: 428,
            e: {
              d: 162,
              f: 162,
              g: 162,
              i: { s: 162 },
              l: 1,
              m: { ".": 167, m: 168 },
              n: { g: [{ a: 120 }, 26], n: 168 },
              p: 162,
              r: { k: 1 },
              s: { t: { i: 22 } },
              t: { t: 162 },
              v: { o: 168 }
            },
            g: 686,
            h: 164,
            i: { g: 1, k: 162, s: { i: 162 }, v: 1 },
            j: 22,
            k: { ".": 162, e: 162, h: 162, r: 191, s: 749, t: 162 },
            l: {
              a: { g: { a: 120 } },
              e: { g: { e: 58 }, v: { e: { ".": 120 } } }
            },
            m: { a: { ".": 32 } },
            n: { o: 24, s: 17 },
            o: {
              ".": 15,
              e: 36,
              f: 12,
              l: { l: 162 },
              m: [{ r: 166 }, 162],
              s: 265,
              t: 265,
              v: 36
            },
            r: 22,
            s: {
              ".": 166,
              j: { ø: { o: 166 } },
              k: { l: 5, o: 77 },
              l: 5,
              h: 5,
              m: 65,
              n: { e: 36 },
              v: 22,
              ø: { k: { e: { ".": 120 } } }
            },
            t: [{ o: 39 }, 750],
            u: { l: 39, m: 167 },
            v: [{ i: { s: { e: 120 } } }, 61],
            y: 173,
            ø: { r: 22, t: 162, v: 85 },
            å: { d: 162, s: 85 }
          },
          s: [
            {
              ".": 166,
              a: [{ r: 166 }, 173],
              e: { n: 2 },
              h: 189,
              i: { d: 162, k: 162, n: 465, t: 162 },
              j: [{ e: { f: 168 } }, 162],
              k: [{ a: { ".": 751 }, i: 168, o: 15 }, 281],
              m: [{ å: { e: 191 } }, 419],
              n: 189,
              o: 285,
              p: 168,
              r: 166,
              s: 164,
              t: {
                ".": 166,
                a: { f: 162, s: 22, t: 162 },
                e: { ".": 558, i: 236 },
                i: { v: 20, d: 166, k: 23, l: 383 },
                o: 265,
                r: 265,
                y: 162,
                ø: 162
              },
              u: 173,
              v: [{ æ: 32 }, 281],
              y: 173,
              ø: 285,
              å: [{ r: [{ e: 49 }, 6] }, 2]
            },
            0
          ],
          t: {
            ".": 164,
            a: { k: { a: 36 }, l: { e: { ".": 36 } }, p: 1 },
            e: [{ ".": 166, e: 5, g: 162, i: 162, k: 162, m: 162 }, 12],
            i: [{ k: 164, s: 164 }, 173],
            j: 173,
            o: 173,
            r: 752,
            s: 753,
            t: { i: 22, s: 18 },
            u: [{ ".": 166 }, 173],
            v: 173,
            y: 173,
            å: 107
          },
          u: [{ k: 32, r: 153, s: 164 }, 173],
          v: [{ a: [{ l: { u: 1 } }, 11], l: 164, o: { r: 36 }, r: 12 }, 173],
          y: 406,
          ø: 173,
          å: 173
        },
        172
      ],
      é: {
        a: 162,
        b: 173,
        f: 173,
        h: 173,
        i: 173,
        l: { e: 162 },
        m: 173,
        s: { e: 173, t: 162 }
      },
      f: [{ e: { e: 31, l: 23 }, l: { å: 18 }, o: 152 }, 200],
      g: [
        {
          a: { ".": 0 },
          e: { a: 23, i: 17 },
          i: { ".": 0, r: { o: { s: 22 } } },
          r: { e: { i: { e: 33 } } },
          å: { ".": 0 }
        },
        397
      ],
      h: [
        {
          a: { p: 0 },
          e: { a: 729, i: { m: 17 }, s: { i: 11 } },
          o: { l: { i: 61 }, r: { e: 24 } },
          r: 164,
          u: { l: { e: 22 }, s: 31 },
          y: { r: 22 }
        },
        188
      ],
      i: [
        {
          a: {
            d: 173,
            g: 12,
            k: 189,
            l: { l: 265, s: 15 },
            m: 420,
            p: 189,
            s: { p: 12 },
            u: 162,
            v: 173
          },
          b: 173,
          c: { k: 173 },
          d: [
            {
              a: [{ n: 162 }, 7],
              d: 61,
              e: { e: 434, m: 236 },
              é: 300,
              i: { s: 162 },
              o: 162,
              r: 162,
              u: 173,
              v: { i: 103 },
              y: 168,
              ø: 162
            },
            164
          ],
          e: [
            {
              f: 173,
              i: 173,
              m: 173,
              n: { h: 162 },
              r: { a: 22, f: 162, k: 162, t: 1 },
              s: [{ k: 12 }, 18],
              t: [{ a: 162, t: 162 }, 12]
            },
            8
          ],
          f: {
            a: [{ n: { e: { ".": 46 } } }, 173],
            e: 173,
            l: 162,
            o: 173,
            r: [{ å: 93 }, 310],
            t: [{ e: 22 }, 162],
            u: 173,
            ø: 162
          },
          g: { e: { ".": 35 }, j: 162, n: [{ o: 164 }, 173], u: { n: 4 } },
          h: 173,
          i: 173,
          j: 173,
          k: {
            a: { ".": 12, r: { r: 168 } },
            e: [{ t: 162 }, 15],
            i: 236,
            j: 168,
            k: { j: 23 },
            o: 285,
            r: 419,
            u: [{ l: { a: { r: 168 }, t: 168 } }, 12],
            y: 168,
            ø: 162
          },
          l: [
            {
              a: { g: { a: 36 } },
              d: [{ e: 164 }, 177],
              e: [{ i: 12 }, 173],
              f: { e: 164 },
              g: 164,
              i: { d: 24 },
              k: { e: 162, n: 164 },
              l: { e: { ".": 162 }, h: 162, i: { n: 162 }, ø: 58 },
              m: 162,
              n: { æ: 191 },
              s: { t: 164 },
              t: [{ e: 162 }, 65],
              u: 173,
              ø: 173
            },
            0
          ],
          m: {
            a: { b: 2, t: 166 },
            e: { ".": 1, d: { i: { e: 166 } }, r: { a: 1, i: 166 } },
            l: 173,
            o: [{ r: 755 }, 754],
            p: 188,
            s: 61,
            u: 173,
            y: 173,
            ø: 173
          },
          n: {
            a: { b: 4, r: { t: 22 }, z: 162 },
            d: [{ u: 90 }, 173],
            e: { m: 1 },
            f: 187,
            g: { e: { s: 311 } },
            i: { t: 226 },
            j: 274,
            k: [{ s: 191 }, 173],
            n: [{ e: 274 }, 187],
            o: 15,
            s: { k: 14, p: 162, t: 181 },
            t: 187,
            v: [{ a: 162 }, 173],
            y: 162
          },
          o: { l: 301, m: 204, n: { s: 378 }, p: 162, r: 69, v: 69 },
          p: { a: 12, l: { a: 4 }, r: 162, s: 164 },
          r: [{ a: { t: 5 }, e: { f: 1 }, o: 69 }, 173],
          s: {
            a: { k: 168, m: 162, n: 20 },
            e: [
              {
                i: 280,
                k: 162,
                l: 162,
                m: 162,
                p: 162,
                r: { a: { ".": 46 }, s: 162 }
              },
              12
            ],
            i: { g: 168, o: 162 },
            j: { e: 162, u: 162 },
            k: { a: [{ n: 162 }, 23], i: { l: 162 }, o: { k: 22 }, u: 168 },
            l: 22,
            n: 162,
            o: 162,
            p: { r: { å: 168 } },
            t: {
              a: { t: 162 },
              i: { ".": 23, l: 23 },
              r: { e: 15 },
              y: 162,
              ø: [{ y: 6 }, 162]
            },
            y: 173
          },
          t: [
            { a: [{ r: 6 }, 2], e: 12, j: 69, l: 164, r: 23, s: 24, t: 164 },
            173
          ],
          u: { b: 162, t: 173 },
          v: {
            a: { n: { d: 26 }, r: { e: 49, t: 26 } },
            i: { s: 31 },
            o: 173,
            s: { i: 22, k: 22 }
          },
          y: 162,
          æ: { r: { ".": 15, e: 2, t: { ".": 35 } } },
          ø: 370,
          å: 173
        },
        172
      ],
      j: {
        a: { g: 434, k: 188, r: { n: 38 } },
        e: {
          ".": 188,
          g: 188,
          l: 173,
          n: [{ s: { t: 36 } }, 172],
          p: 168,
          r: 173,
          v: 38
        },
        i: [{ n: { g: 274 } }, 188],
        o: [{ r: { d: 38 } }, 173],
        u: { b: 173, e: 23, n: 173, r: 168, v: 497 },
        æ: { r: { e: { s: 23 } } },
        ø: 173,
        å: 162
      },
      k: [
        {
          a: { g: 11, r: { a: { ".": 32 } } },
          l: { y: 49 },
          u: { l: { e: { ".": 31 } } },
          å: { p: { a: 32 } }
        },
        756
      ],
      l: [
        {
          a: { g: { a: 23 }, t: { e: { ".": 32 } } },
          e: {
            d: { a: { ".": 31 }, r: 0 },
            f: 11,
            i: { e: { r: { ".": 17 } } },
            s: { e: { ".": 32 } },
            t: { i: 22 }
          },
          i: {
            g: { h: [{ t: 139 }, 120] },
            n: { e: { s: 31 } },
            t: { e: { ".": 23 } }
          },
          u: { e: 23, t: 96 },
          ø: { p: { a: { ".": 23 } }, y: { ".": 2 } },
          å: { n: { e: 24 }, r: 61 }
        },
        757
      ],
      m: [
        {
          a: { d: 24, g: { e: { ".": 32 } }, k: { u: 11 }, m: 88 },
          e: { g: 399, i: { n: 24 }, k: 88 },
          i: { n: { i: 120, s: 80 } },
          o: { s: 88 },
          å: { l: { a: { ".": 23 } } }
        },
        188
      ],
      n: [
        {
          a: 90,
          e: {
            e: 11,
            l: { i: [{ g: 152 }, 0] },
            r: { e: { k: 23 }, ø: 53 },
            s: { e: { ".": 32 }, k: 0, t: 0 }
          },
          i: 38,
          o: { ".": 93 },
          s: { k: 15 },
          æ: { r: { e: 31 } }
        },
        222
      ],
      o: {
        a: { n: 191, r: { ".": 191 }, t: 31, u: 168, v: 173 },
        b: { e: { r: 36 }, l: 151, s: 168 },
        c: 162,
        d: { a: 15, e: { ".": 35, r: { a: 1 } }, o: 164 },
        e: [{ k: 173, l: 168, t: 23 }, 172],
        f: [{ f: { ".": 168 }, r: { e: 90, i: 15 } }, 173],
        g: {
          a: { t: 107 },
          e: { n: 2 },
          g: 162,
          l: 4,
          r: { a: { v: 168 }, e: 1 },
          s: { t: 24 },
          u: 7
        },
        h: 173,
        i: { l: 18, n: 189 },
        j: 162,
        k: [
          {
            e: 673,
            i: 12,
            j: 173,
            k: [{ e: { n: { d: 17 } } }, 173],
            l: 12,
            s: { i: 166 },
            t: 166,
            u: 173
          },
          11
        ],
        l: {
          a: { r: { m: 26 }, t: 166 },
          e: { l: [{ e: 170 }, 15], r: { a: 166 } },
          i: { n: { e: { ".": 46 } } },
          j: 173,
          k: [{ i: 191 }, 758],
          l: { a: { b: 23, g: 23 }, e: { g: 31, t: { t: 31 } } },
          o: 164,
          t: { r: 22 },
          å: 162
        },
        m: {
          a: { ".": 35 },
          b: 173,
          e: { n: { e: { ".": 15 } } },
          f: 173,
          g: 162,
          i: [{ s: { e: 15, t: 2 } }, 12],
          k: 162,
          l: { ø: { p: { a: 91 } } },
          m: 93,
          r: 173,
          s: [{ ".": 166 }, 234]
        },
        n: [
          {
            a: 15,
            e: { d: 1, l: 1 },
            g: { s: 78 },
            i: { b: 6 },
            o: 173,
            s: { a: 24, l: 42, p: 22 },
            u: 173,
            y: { ".": 1 }
          },
          172
        ],
        o: 285,
        p: {
          l: 281,
          p: { d: 162, g: 168, l: { e: 274, æ: 248 }, o: 23, t: 162 },
          r: 162
        },
        r: {
          a: [{ k: 1, l: { t: 22 }, n: { g: 22, t: 26 }, s: 85 }, 69],
          d: [{ a: { ".": 32 } }, 162],
          e: [
            {
              g: 168,
              k: [{ s: 61 }, 1],
              m: 2,
              n: { t: 168 },
              r: 166,
              t: [{ e: 22 }, 5]
            },
            69
          ],
          g: { a: 162 },
          i: { n: { t: 22 } },
          k: { u: 62 },
          m: { e: 61, s: 17 },
          n: { a: 22 },
          s: { i: 5 },
          t: 112,
          v: { e: { i: 139 } },
          ø: 1,
          å: 162
        },
        s: [
          { a: 162, e: 265, h: 7, j: 168, k: { e: 22, u: 6 }, p: 582, y: 173 },
          69
        ],
        t: { a: 162, e: 15, i: { ".": 6 }, o: { ".": 15, r: 1 }, y: 168 },
        v: [{ a: 69, e: { g: 2, r: { d: 15, e: 16, s: 38 } } }, 173],
        w: 166,
        ø: 162
      },
      p: [
        {
          a: 152,
          i: { n: { e: 61 }, p: { i: 61 } },
          o: { e: { t: 23 } },
          å: { k: 0 }
        },
        594
      ],
      r: [
        {
          ".": 167,
          a: {
            b: { a: { t: 634 } },
            f: { i: 164 },
            i: { n: 61 },
            k: { a: { ".": 32 }, t: { o: 16 } },
            m: { u: 61 },
            n: { e: 38, s: [{ k: { e: 16 } }, 249] },
            p: [{ e: 24, o: 22 }, 166],
            r: 42,
            s: { e: [{ ".": 22, s: 22 }, 166], é: 166 },
            t: [{ e: { ".": 38 } }, 88],
            v: 164
          },
          e: {
            a: { l: { ".": 23 } },
            c: 54,
            d: { s: 181 },
            f: { u: 90 },
            g: [{ i: 38 }, 200],
            i: [{ n: { t: 22 } }, 162],
            k: { ".": 168, e: 162, l: 162, o: { r: 181 } },
            l: { a: 162 },
            n: { a: 759, e: 22, g: 11, i: 249, n: 181, s: { k: 36 } },
            p: { e: 152, r: { e: { s: 38 } } },
            r: [{ o: 0, u: 196 }, 88],
            s: [{ i: 168, k: { o: 22 }, l: 5, n: 164, u: 38 }, 173],
            t: [{ a: 0, o: 11, t: { e: { d: 38, l: 334 } } }, 153],
            v: [{ a: 39 }, 162]
          },
          i: {
            b: 11,
            c: 187,
            d: 297,
            e: { i: 61 },
            g: { ".": 38 },
            k: { k: 0 },
            n: { a: 93, e: 195, g: 248, n: 164 },
            o: 304,
            s: { k: 274, t: 0 },
            t: { o: 22 },
            u: 0,
            v: [{ i: 61 }, 88],
            x: 166
          },
          o: {
            ".": 178,
            a: [{ r: 39 }, 166],
            e: 164,
            f: 0,
            g: 22,
            i: [{ n: 24 }, 336],
            k: 0,
            l: 88,
            m: { ".": 181 },
            n: { d: 11, g: 337 },
            p: { e: { r: 22 } },
            s: [{ k: 334, l: 18 }, 88],
            v: 54
          },
          u: {
            ".": 93,
            a: [{ ".": 191 }, 93],
            e: { d: 166, t: 166 },
            g: 164,
            i: 54,
            k: { n: 166 },
            l: { l: 90 },
            n: [{ d: 90 }, 760],
            p: { e: 162 },
            s: { a: { ".": 22 }, k: 304 },
            t: [{ a: 38, e: 90, i: 90 }, 173],
            v: 22
          },
          y: {
            d: { r: 24 },
            g: [{ g: { e: 17 } }, 336],
            k: { k: { ".": 191, e: 166 } },
            p: { e: { ".": 61 } }
          },
          æ: 11,
          ø: {
            a: 32,
            d: { ".": 38, t: 38 },
            k: 162,
            m: 162,
            r: 173,
            t: 166,
            y: { a: 166, e: [{ t: 49 }, 761], r: 162, s: 168, t: 166 }
          },
          å: {
            d: { a: { ".": 32 }, e: { t: 162 }, r: 23 },
            k: { l: 11 },
            s: { t: 90 }
          }
        },
        1
      ],
      s: [
        {
          ".": 168,
          a: {
            ".": 38,
            b: 38,
            g: 28,
            k: { s: { e: { ".": 36 } } },
            n: [{ g: 1 }, 69],
            u: { r: 36 }
          },
          c: [{ h: { a: 11, k: 762 } }, 153],
          e: {
            ".": 38,
            d: 31,
            e: { r: 23 },
            g: { e: 15 },
            i: { d: 5, g: 12 },
            m: 7,
            n: {
              ".": 90,
              d: { e: 1, i: 38 },
              k: { a: 46, e: { ".": 36 } },
              s: 38,
              t: { u: 0 }
            },
            r: { ".": 38, i: 90, k: 193, o: 18, s: { ".": 149 } },
            s: [{ k: 0, t: 20 }, 1],
            t: { a: 12, e: { ".": 23 } },
            v: 182
          },
          f: [{ æ: 1 }, 12],
          h: { o: { p: 350 } },
          i: { l: { l: 2 }, n: { n: 12, s: 193 }, r: 38 },
          j: {
            e: { g: 15, t: { s: { j: 80 } } },
            o: { r: 15, v: { ".": 334 } },
            u: { k: 152, r: 0 }
          },
          k: {
            a: { d: 38, n: 0 },
            i: { s: 4 },
            j: { e: { d: 169 }, ø: 4 },
            o: { l: [{ l: 11 }, 38], t: 152 },
            r: { e: { n: 15 }, u: 22, ø: 15 },
            v: [{ i: 35 }, 29],
            y: { ".": 4, n: 96 }
          },
          l: [{ o: { ".": 252, t: 89 }, u: 7, ø: 15 }, 69],
          m: { i: { t: 38 }, å: { l: { a: { ".": 36 } } } },
          o: [{ d: 198, k: 38, m: { s: { t: 38 } } }, 69],
          p: { e: { k: 38, l: 90 }, i: [{ k: { e: 375 } }, 7], o: { r: 89 } },
          s: 9,
          t: [
            {
              a: {
                b: { b: 375 },
                d: 38,
                k: 12,
                l: 193,
                n: { d: 38, g: 38 },
                r: 38,
                t: 38,
                u: 4
              },
              e: { d: 90, g: 0, k: 0 },
              i: { g: 4, k: 1, l: { k: 0 }, n: 0, t: 0 },
              j: 259,
              o: { l: { k: 93 }, n: 15, r: { s: 15 } },
              r: { e: { e: 15, n: 169 }, o: 169, y: 12, å: { l: 4 } },
              u: 38,
              v: 12
            },
            388
          ],
          u: { a: 0, g: { e: 61 }, l: [{ i: 12 }, 23], r: 34, s: { i: 15 } },
          v: [{ i: { k: 90 } }, 69],
          w: 69,
          y: { k: 38, t: 15 },
          ø: { k: { a: 32, n: { i: 15 } }, v: 15, y: { e: { r: 46 } } },
          å: [{ t: 46 }, 69]
        },
        162
      ],
      t: [
        {
          a: [
            {
              ".": 90,
              b: [{ a: { n: { e: { ".": 120 } } }, o: 35 }, 88],
              d: { r: 15 },
              f: [{ r: 39, t: 12 }, 88],
              l: { a: { ".": 23 }, d: 367, e: { l: 61 }, l: 103 },
              n: { a: 193, e: 149, g: 193, s: 0, v: 0 },
              p: { p: { e: 15 } },
              r: { ".": 350, e: 120, r: 0, t: [{ a: 4 }, 68] },
              s: { e: 0, j: 0 },
              v: [{ i: 12, k: 15, r: 15 }, 0]
            },
            153
          ],
          e: {
            ".": 90,
            a: 88,
            d: [{ a: 0, e: { ".": 38 }, r: 93 }, 90],
            e: 88,
            f: [{ f: 12 }, 0],
            g: 88,
            i: [{ d: 2, n: 24 }, 88],
            k: [{ v: 61 }, 88],
            l: { e: { v: 2 }, i: { t: { e: { ".": 120 } } } },
            m: [{ a: { ".": 23 }, n: [{ a: 46, e: { ".": 36 } }, 15] }, 0],
            n: [
              {
                ".": 38,
                a: 0,
                e: { ".": 38 },
                i: 0,
                s: [{ ".": 155, e: 169 }, 17]
              },
              90
            ],
            o: 88,
            r: { ".": 38, e: { i: 0 }, u: { n: 17 }, ø: 53, å: 0 },
            s: { e: 0, i: 0, k: { e: { ".": 36 } }, l: 0 },
            t: { ".": 38, a: 0, e: 0 }
          },
          é: 153,
          h: [{ e: 15 }, 93],
          i: {
            a: 22,
            d: { e: { l: 0 } },
            e: 24,
            f: 88,
            g: [{ j: 53 }, 38],
            n: { d: 12, e: 38, é: 152, g: 38, i: 0, s: 193 },
            s: { j: 0, t: { i: 11 } },
            t: { e: 152 }
          },
          l: { e: { d: { e: { ".": 36 } } }, i: { n: 14 } },
          o: {
            ".": 153,
            f: { r: 38 },
            m: { ".": 15, r: 152 },
            n: [{ n: { a: 36 } }, 88],
            p: { p: 12 },
            r: { a: 38, d: 12, e: 22, i: 9, m: 12 },
            u: 22
          },
          p: { a: { r: 103 }, å: { s: 4 } },
          r: {
            a: { k: { a: 35, e: 15 }, m: 12, p: 12, t: 2 },
            e: { p: 193, s: 12, v: 12 },
            o: { m: 15, p: 38 },
            y: 38,
            ø: 259
          },
          s: [
            {
              a: { f: 2, r: 24 },
              k: { a: { n: 22 }, j: 22 },
              l: { a: { g: { a: 120 } } },
              o: { k: 12 },
              t: {
                i: { l: { l: 15 } },
                o: { p: 22 },
                r: { a: 22 },
                ø: { y: 22 }
              }
            },
            11
          ],
          u: {
            g: { l: 12 },
            m: 153,
            n: [{ g: { e: { ".": 36 } } }, 69],
            t: [{ e: 6 }, 69]
          },
          v: { a: { l: { a: 46 } }, e: 15, u: { n: 4 } },
          w: 38,
          y: { ".": 38, e: 32, t: 29 },
          æ: 31,
          ø: { l: 34, r: 153, v: 12, y: { r: 472 } },
          å: 182
        },
        167
      ],
      u: {
        a: { l: 166, v: 303 },
        b: { a: 18, e: { ".": 1 }, å: 4 },
        d: { e: { m: 4 } },
        e: { l: 166, r: { ".": 1 } },
        g: { l: { a: 32 } },
        i: { n: 69 },
        k: [{ a: 38, e: 153, t: 191 }, 7],
        l: { a: 164, e: 172, l: { e: { s: 22 } } },
        m: { m: 22, s: 23 },
        n: {
          ".": 164,
          d: 162,
          e: 164,
          g: { e: { s: { v: 22 } }, d: 168, s: 49 },
          i: [{ o: 1 }, 274],
          n: 763,
          s: 301
        },
        r: [
          {
            a: { n: { t: 61 }, s: 1 },
            e: { i: 303, k: 1 },
            i: [{ n: 1 }, 5],
            o: 54,
            p: 24,
            s: 42,
            u: { k: 24, s: 15 },
            ø: 54
          },
          336
        ],
        s: {
          ".": 172,
          a: 69,
          b: 164,
          f: 164,
          i: { n: 1 },
          m: 1,
          o: 22,
          s: { t: 77 },
          t: { r: 36 },
          u: 22
        },
        t: {
          g: 173,
          j: 38,
          k: 38,
          r: 153,
          t: { r: { å: 64 }, e: { n: { k: 31 } }, o: { r: 22, v: 17 } }
        },
        v: { a: { ".": 6 } }
      },
      v: [
        {
          a: [{ k: 32, n: { e: { ".": 31 }, g: 164, l: 169 }, r: 522 }, 1],
          e: {
            d: { e: { l: 22 } },
            i: { t: 164 },
            r: [{ t: 14 }, 300],
            t: [{ ".": 164, s: 191 }, 88]
          },
          i: {
            k: [{ a: { ".": 32 }, l: { a: { s: 93 } } }, 38],
            l: { ".": 337, a: 22, e: 337, i: 362 },
            n: { g: 11 },
            s: { a: { ".": 23 }, e: { ".": 23 } }
          },
          o: 306,
          u: { n: { g: 164 } }
        },
        188
      ],
      w: [{ a: 28 }, 168],
      y: {
        d: 172,
        g: { g: { e: { l: 39, s: 22 } } },
        h: 168,
        k: { k: { s: 80 } },
        m: { e: { d: 1 } },
        n: [{ e: { ".": 1 } }, 172],
        o: 274,
        p: [{ e: [{ r: { e: 1 }, t: 1 }, 334] }, 172],
        r: {
          a: { k: 1, n: { n: 166 } },
          e: { g: 168, p: 1, s: { t: 17 } },
          i: { ".": 1, e: 49, s: 223 }
        },
        s: [{ k: 164, t: 24 }, 7],
        t: [{ a: 6, e: { l: 90, n: 15 } }, 224],
        v: { e: { ".": 1 } }
      },
      z: [{ a: 38, e: { l: 334 }, l: 308 }, 173],
      æ: [
        { l: 15, r: { e: { n: { e: 31, h: 1 }, r: 23, t: 23 }, s: 42 } },
        172
      ],
      ø: {
        f: { l: 24 },
        k: [{ e: { t: 35 }, t: { a: 32 } }, 188],
        l: [{ e: { t: 393 } }, 162],
        m: 763,
        n: { n: { e: { s: 22 } } },
        p: [{ s: { e: 22 } }, 162],
        r: [
          {
            a: { s: 85 },
            i: { n: 24 },
            k: [{ ".": 191, a: 301, e: 166 }, 5],
            n: { e: 22 },
            s: { t: { a: { ".": 16 }, e: { r: 16 }, i: { n: 17 } } },
            t: 24
          },
          88
        ],
        s: [{ a: 6 }, 23],
        t: [{ a: [{ ".": 15 }, 22], e: 12, t: 36 }, 162],
        v: [{ d: 31, e: { l: { e: 2 } } }, 173],
        y: [{ a: 22, e: { m: 155 }, r: 22, t: { e: 22 } }, 0]
      },
      å: {
        e: { n: { ".": 1 } },
        k: [{ e: { t: { ".": 15 } }, i: 15, r: 31 }, 7],
        l: { a: [{ ".": 35 }, 107], e: { g: 1, l: 2 }, s: 42 },
        n: { d: { a: 32, e: { ".": 31 } }, e: 12 },
        p: [{ e: { ".": 4 }, n: 153 }, 162],
        r: { e: { ".": 4, p: 1, t: 90 }, i: 248, n: 497, s: 764 },
        s: 12,
        t: [{ a: { k: 90 }, e: { n: 2 } }, 7]
      }
    },
    u: {
      a: {
        g: 2,
        k: [{ s: 24 }, 153],
        l: { ".": 153, a: 2, l: 22, o: 24, u: 24 },
        n: { e: { ".": 89 }, l: 38, s: 90 },
        r: { ".": 153, d: 22, r: 0, s: { ".": 38 } },
        s: { h: 18 },
        t: 12,
        u: 765,
        v: [{ h: 172 }, 153]
      },
      b: {
        a: { ".": 0, l: { t: 2 }, n: { t: 2 }, r: { k: 15 } },
        b: { o: 1, r: 7, u: 1 },
        e: { l: { s: 17 } },
        h: 15,
        i: { s: [{ t: 16 }, 31] },
        j: 69,
        l: { a: { n: { d: { e: { ".": 2 } } } }, e: { s: 124 } },
        r: [{ i: { n: 15 } }, 398],
        s: 173,
        u: { e: 32 },
        å: 0
      },
      c: { h: { e: { n: 22, r: 22 } }, i: 153, k: 54, u: 22 },
      d: [
        {
          a: { ".": 90, s: { ".": 152 } },
          d: { a: { g: 1 }, r: 7, s: { e: 53 }, å: 7 },
          e: {
            a: [{ r: { e: 32 } }, 49],
            b: 88,
            i: { e: [{ r: 17 }, 14] },
            k: 88,
            l: { u: 24 },
            p: 88,
            r: { o: 11 },
            s: 88,
            t: [{ t: 97 }, 151],
            v: { o: 38 }
          },
          i: { a: [{ n: 24 }, 183], e: { n: 23 }, o: 17, r: 2 },
          j: { i: 2 },
          l: { e: { g: [{ e: { ".": 36 } }, 15] } },
          o: { b: 152, e: 11, t: 88, v: { e: { r: 170 } } },
          r: 69,
          s: { e: 5 },
          t: 12,
          v: 15,
          y: [{ r: { a: 39 } }, 178],
          å: { s: 9 }
        },
        173
      ],
      e: {
        a: 10,
        i: 38,
        l: 153,
        m: { n: { a: 32 } },
        n: [{ d: { r: 17 }, e: [{ t: 206 }, 152], s: { a: { r: 190 } } }, 150],
        o: 2,
        r: [
          {
            a: { s: { t: 149 } },
            e: { ".": 1, n: 15, r: 1, s: 1 },
            i: 15,
            l: { e: 58 },
            m: 88
          },
          153
        ],
        s: { e: 1, i: 7, k: { j: 1 }, n: 31 },
        t: [{ r: 32 }, 153],
        u: { l: 46 }
      },
      f: {
        e: { ".": 0, b: 11, e: 31 },
        f: [{ e: { r: { m: 26 } } }, 182],
        i: { l: 39, n: { e: 22 } },
        l: 153,
        o: { a: 11, r: { s: 18 } },
        r: 153,
        t: { a: [{ n: 1 }, 24], s: { l: { a: 42 }, p: 24 } },
        ø: 31
      },
      g: {
        a: { g: 38, r: 38, v: 97 },
        b: { y: 16 },
        e: {
          m: 88,
          n: 38,
          r: [{ ø: 0 }, 90],
          s: 626,
          t: { ".": 155, a: 93 },
          v: 88
        },
        g: { s: 65 },
        i: { s: 38 },
        l: [
          {
            a: [{ d: 229, r: { ".": 35 } }, 69],
            e: { ".": 1, r: { ".": 35 }, s: 16 },
            y: 15
          },
          0
        ],
        n: { a: 2, e: { ".": 2 } },
        o: [{ ".": 0 }, 54],
        r: { e: [{ i: { e: { r: 33 } } }, 1], ø: 0 },
        s: { i: 9, k: 23, o: 2, p: { r: 34 }, v: { a: 766 } },
        u: { a: { y: { a: { n: { s: 58 } } } } },
        ø: { y: { n: 15 } }
      },
      h: [{ e: { l: 164 } }, 153],
      i: {
        a: 6,
        c: 221,
        d: [{ e: { l: 22, n: { ".": 22, s: 22 }, r: 22 }, i: { n: 22 } }, 7],
        e: 52,
        l: [{ l: 22 }, 0],
        m: 153,
        n: { e: 12, g: 153, n: { s: { m: { i: [{ g: 608 }, 159] } } } },
        s: { m: 153, t: { a: 58 } },
        t: { e: { n: 24, r: 22 }, t: 153 }
      },
      j: [{ a: { s: 0 }, e: { ".": 93 }, å: 152 }, 153],
      k: {
        ".": 162,
        a: [{ r: [{ e: 120, t: 78 }, 152], t: 38 }, 150],
        e: {
          ".": 88,
          d: 0,
          l: 42,
          m: 162,
          r: { a: { n: 17 }, e: { k: 23 }, i: 17 }
        },
        h: { o: 16 },
        i: 152,
        j: 153,
        k: [
          { a: 31, e: { s: { t: { a: { l: 2 } } } }, l: 219, n: 61, s: 36 },
          162
        ],
        l: { e: { m: 38 }, u: [{ t: 61 }, 6] },
        n: { o: 229 },
        o: [{ g: 169 }, 153],
        r: { a: 88, u: { s: 12 } },
        s: [
          {
            a: 7,
            e: { k: 1, l: 1, t: { e: 16 } },
            i: 7,
            k: [{ i: 2 }, 129],
            o: 7,
            t: 22,
            u: { n: 85 },
            ø: 7
          },
          173
        ],
        t: {
          e: { s: { k: 42, l: { ø: { s: { e: 81 } } } } },
          i: { d: 85 },
          j: 4,
          o: { r: { i: 26 } },
          r: 564,
          s: { l: 36, p: 24, v: 131, t: { i: 23 } },
          u: { e: { r: { a: 208, e: 14 } } }
        },
        u: [{ e: 31, l: { e: 22 } }, 153],
        v: { i: { k: 15 } },
        y: { s: 46 },
        ø: 34,
        å: 9
      },
      l: {
        ".": 168,
        a: [{ ".": 0, d: 61, f: 330, k: { s: 206 }, r: { t: 15 } }, 153],
        d: { e: { t: 1 } },
        e: {
          f: 0,
          k: 88,
          l: [{ e: { g: { e: { ".": 91 } } } }, 88],
          m: { a: 22 },
          n: { ".": 90, i: 11, s: 90 },
          r: { ".": 38, e: { ".": 38 }, i: 24, l: 375, o: 0 },
          s: [{ t: [{ ".": 38, e: { ".": 38 } }, 24] }, 88],
          u: 88
        },
        é: 153,
        f: { l: 20, o: 1, r: 1 },
        i: [
          {
            e: [{ n: 39 }, 46],
            k: { e: { ".": 22 }, h: 164 },
            n: { a: { ".": 39 }, e: 22, j: 152 }
          },
          89
        ],
        j: 69,
        k: { a: 15, e: 20, v: 85 },
        l: {
          a: { g: 1, m: 1, r: { m: 61 } },
          e: {
            g: [{ g: [{ a: 91 }, 22] }, 1],
            n: { g: 4 },
            r: { e: 35 },
            s: 386
          },
          i: { ".": 6, g: 6, n: { g: { s: 170 } }, v: 42 },
          o: { s: 767, t: 6, v: 18 },
          s: { l: { e: 22 }, m: 75, t: 5, v: 24 },
          u: 461,
          y: 4,
          ø: 7
        },
        m: { u: 23 },
        o: [{ i: 31, p: 15, v: { a: 61 } }, 153],
        s: { k: 1, p: { o: 23 }, n: 6, s: 46, t: [{ r: 768 }, 7] },
        t: [
          {
            e: { g: 1, k: 1, s: 1 },
            i: { l: 1, m: 1 },
            o: [{ r: 2 }, 1],
            r: { e: 85, i: 24 }
          },
          162
        ],
        u: {
          a: 152,
          e: 90,
          k: 172,
          p: 38,
          s: 38,
          t: { ".": 35, a: 152, e: 155 }
        },
        v: {
          a: { ".": 2, n: 15, r: 1 },
          e: { ".": 1, g: 1, i: 1, s: 1 },
          t: 24,
          u: 85
        },
        y: [{ k: { k: { e: { s: 17 } } } }, 172],
        æ: { r: { a: 31, e: 22 } },
        ø: { s: { e: 24 }, y: { e: 36 } },
        å: { l: 20 }
      },
      m: {
        a: [
          {
            g: { e: { ".": 32 } },
            r: { e: 11 },
            u: [{ k: { e: { n: 16 } } }, 15],
            v: 12
          },
          173
        ],
        b: [{ e: 15 }, 173],
        c: 162,
        d: 162,
        e: [{ n: { d: 0, h: 193, t: { i: 271 } }, r: { a: 22 } }, 173],
        f: { o: 173 },
        h: 173,
        i: [{ d: { d: 11 }, e: { n: 36 }, n: { a: 39, t: 0 } }, 173],
        j: { a: 35 },
        k: 173,
        l: 162,
        m: [{ e: 12, i: { l: 1, s: 1 } }, 162],
        n: [{ a: 46 }, 12],
        o: [{ g: 31, k: 15 }, 162],
        p: [{ a: { n: 2 }, l: { e: 1 }, u: { t: 118 } }, 173],
        r: 162,
        s: [
          {
            e: { ".": 2 },
            k: { u: [{ l: { e: { ".": 91 } } }, 1] },
            n: 7,
            o: { r: 1 },
            t: [{ ø: 23 }, 24]
          },
          54
        ],
        t: [{ a: { l: 46 } }, 204],
        u: { t: 15 },
        v: { e: 162 },
        ø: { r: { s: 18 }, y: 2 },
        å: 61
      },
      n: {
        ".": 173,
        a: { d: { a: 31 }, l: { g: 15 }, p: 193, r: 155, s: 152, t: 90 },
        d: {
          ".": 173,
          a: 168,
          e: {
            ".": 168,
            k: 1,
            l: 1,
            n: 168,
            r: { s: { k: 166 }, v: 166 },
            t: 162
          },
          i: { m: 21 },
          s: [{ i: 42 }, 162]
        },
        e: {
          d: 88,
          e: 0,
          i: { ".": 155 },
          l: [{ e: { g: { e: { ".": 120 } } } }, 88],
          n: { g: 169, o: 0 },
          s: [{ ".": 90 }, 454],
          v: [{ n: 17 }, 88]
        },
        g: {
          d: 172,
          e: { l: { e: { g: { e: { ".": 242 } } } }, m: 1 },
          j: 129,
          l: 26,
          o: 1,
          r: [{ u: 84 }, 129],
          s: { i: 65 }
        },
        i: [
          { ".": 0, d: 88, f: 184, m: 0, n: 90, o: { n: 164 }, s: { t: 23 } },
          4
        ],
        k: [{ l: 26, o: 2, r: 1 }, 162],
        n: {
          a: { k: 2 },
          e: { r: { f: 22, s: 26, v: 26 }, s: 15 },
          i: { v: 1 },
          o: 7,
          s: { t: { e: 22 } },
          t: { a: { l: { a: 91 } } },
          y: 85
        },
        o: { ".": 0, s: 375, t: 61 },
        s: [
          {
            j: { i: 79 },
            k: { r: 12, v: 20 },
            n: 15,
            p: 9,
            t: { e: { k: 12, l: 80, n: { k: 40 } }, o: 18 },
            v: 8
          },
          162
        ],
        t: {
          a: { l: 1, m: 1, s: 1 },
          r: [{ e: { p: 22 }, i: 1 }, 67],
          u: { n: { g: { e: { ".": 91 } } } }
        },
        u: [{ t: 15 }, 31],
        y: 90,
        ø: [{ y: { d: 473, g: 152 } }, 90],
        å: 90
      },
      o: {
        a: 35,
        b: 153,
        m: [{ s: 61 }, 153],
        p: 153,
        r: { d: { a: 32 }, e: 69, o: 15 },
        v: 153
      },
      p: {
        a: { v: 12 },
        e: { a: 536, r: [{ a: 18, e: { n: 31 } }, 38], t: { a: 0 } },
        f: 168,
        h: 4,
        i: [{ ".": 93, n: { s: 12 } }, 90],
        l: { i: 12 },
        n: { e: { v: 4 } },
        o: { p: { e: 39 } },
        p: [{ e: { d: 1 }, l: { a: 1 }, r: { e: 4 }, s: 22 }, 8],
        r: [{ a: 90 }, 162],
        s: [{ e: { n: 4 }, k: [{ e: 23 }, 107], p: { r: 22 } }, 168],
        t: 168,
        u: 168,
        å: [{ v: { i: 120 } }, 153]
      },
      r: {
        a: [
          {
            d: 88,
            f: [{ t: 12 }, 88],
            k: 259,
            l: { y: 31 },
            m: 0,
            n: { e: 38, s: 90, t: { r: { e: 116 } } },
            r: { ".": 38, l: 96, v: 12 },
            s: { ".": 155, p: 15 },
            t: { t: 12 },
            u: [{ k: { e: { n: 49 } } }, 2],
            v: 69
          },
          153
        ],
        b: { o: { d: 1 } },
        c: 1,
        d: [{ i: 12, o: 26 }, 23],
        e: [
          {
            a: { l: 32 },
            e: { r: { e: 120 } },
            g: { g: 15, i: [{ s: { t: 373 } }, 120] },
            i: { n: 164 },
            l: [{ e: 12, i: 0, l: 350, t: 350, s: 193 }, 23],
            n: { g: 169 },
            o: { m: 152, s: 77 },
            s: { u: 0 },
            t: { a: 0, e: 0 },
            v: 26
          },
          153
        ],
        f: [{ e: { b: 1, d: 4 } }, 173],
        g: { e: 12 },
        i: [
          {
            ".": 0,
            a: { n: { e: 127 } },
            e: { n: { ".": 39, e: 53 }, r: { ".": 39 } },
            k: 90,
            m: 90,
            n: { e: 22, n: 12, s: 12, t: 12 },
            s: { p: 31 }
          },
          153
        ],
        k: {
          e: { s: 223 },
          j: [{ a: 21 }, 40],
          l: { a: 6, e: 1 },
          n: 3,
          s: 22
        },
        l: {
          a: { g: { a: 46 } },
          e: { g: { e: { ".": 36 } }, s: { e: { ".": 46 } } }
        },
        m: { a: { g: 16 } },
        n: { e: { a: 12 }, s: 180, æ: { r: { e: 36 } } },
        o: {
          ".": 0,
          c: 11,
          e: 166,
          m: { s: 17 },
          p: [{ i: 61, p: 12 }, 88],
          r: 69,
          s: [{ t: { a: 23 } }, 65],
          t: { a: 32 }
        },
        p: { e: { l: 1 }, i: 2, u: { t: 663 } },
        r: { e: 2 },
        s: {
          a: { k: { a: 46 }, l: 1 },
          e: { l: 85 },
          i: { n: 1 },
          k: { r: 1 },
          p: { e: 1 },
          t: { e: 15, i: { l: 22 }, j: 1 },
          v: [{ a: 24 }, 7],
          ø: 129
        },
        t: { e: { o: 12 }, i: 15, o: 1, r: { i: 3 }, s: { t: 5 } },
        u: {
          e: { r: { e: 16 } },
          g: [{ l: 2 }, 769],
          k: [{ e: 23, n: 61 }, 36],
          l: 4,
          m: { o: 58 },
          n: { g: 5, k: 152 },
          v: 61
        },
        v: { e: { l: 1 }, s: 24 },
        y: { s: 11 },
        ø: [{ d: 69, y: 69 }, 28]
      },
      s: {
        a: [
          {
            n: { e: 155, g: 12 },
            r: { ".": 155, b: 206, e: { n: 152 }, k: 96 },
            u: 2
          },
          162
        ],
        c: 69,
        e: [
          {
            a: { l: [{ ".": 23 }, 38] },
            d: { v: { a: { n: { l: { e: 2 } } } } },
            i: 259,
            k: 88,
            l: { e: 0 },
            m: 88,
            n: { d: { i: 97 } },
            r: { k: 2, m: 169 },
            s: { i: 11 },
            t: { j: { e: 46 } },
            v: { a: 12 }
          },
          173
        ],
        g: 162,
        h: [{ a: 368, o: 368 }, 88],
        i: { d: 1, n: { d: 12, n: 15 } },
        j: { a: { g: 2 }, i: 0 },
        k: {
          a: { f: 15, n: 193, r: { a: 46 }, t: 2 },
          e: { n: 15 },
          i: { s: 97 },
          l: [{ e: 3, o: 15 }, 23],
          o: 69,
          r: [{ u: 2 }, 153],
          u: { t: 77 },
          å: 206,
          y: 1
        },
        l: [{ e: { g: { e: { ".": 36 } } }, i: { n: 15 }, u: 0 }, 69],
        m: { ø: 2 },
        n: 0,
        o: {
          k: 69,
          l: [{ d: 47 }, 22],
          r: [{ i: 90 }, 69],
          v: { e: { r: { e: 50 } } }
        },
        p: [{ i: { n: 150 } }, 69],
        s: {
          a: { r: 15, t: 4 },
          j: { å: 1 },
          k: { j: 1, o: { r: 22 }, u: { r: 1 } },
          l: 54,
          m: { i: 2, ø: 61 },
          t: { i: 26, r: 1 },
          v: 7
        },
        t: {
          a: { n: { d: { e: 11 } }, t: 0, v: 12 },
          e: [{ d: 12, i: 38, n: 2, t: { t: { e: 39 } } }, 88],
          i: [{ g: 149 }, 15],
          j: 69,
          o: { f: 22, n: [{ n: 61 }, 91], r: 15, v: 19 },
          r: {
            a: { ".": 6, n: 6, r: 6 },
            e: [{ n: 22 }, 11],
            i: 1,
            o: 12,
            ø: { d: 22 },
            å: 428
          },
          u: { t: 61 },
          å: 0
        },
        u: { n: { g: 12 }, r: 88 },
        v: [
          { a: { l: { e: 38, t: 252 }, n: 46 }, i: { k: { a: { ".": 46 } } } },
          69
        ],
        æ: [{ l: { e: 39 } }, 168],
        ø: { m: 31, y: 69 }
      },
      t: {
        a: {
          e: 153,
          g: [{ g: 152 }, 88],
          l: { ".": 155, b: 12, d: 15, l: 90 },
          n: { d: { e: 38 }, o: 61, v: 4 },
          r: { m: 12, t: 12 },
          s: [{ ".": 38, a: 512, e: 512 }, 177],
          u: 770
        },
        b: [{ a: { ".": 1 }, e: { d: 46 }, i: 162, y: { ".": 4 } }, 172],
        c: { h: 17 },
        d: [{ a: { t: [{ a: { ".": 16 } }, 162] } }, 172],
        e: {
          ".": 88,
          a: 88,
          e: 0,
          i: 0,
          k: [{ s: [{ t: 38 }, 12] }, 88],
          m: { a: { ".": 31 }, m: 38, t: 155 },
          n: [{ a: 11, k: 90, u: 0 }, 7],
          o: 88,
          r: [{ ø: 11 }, 173],
          s: 771,
          t: { a: 0, t: 90 },
          u: 4,
          v: { a: 33 }
        },
        f: [{ a: { s: 16 }, ø: { r: { e: 17 } } }, 172],
        g: [{ å: { e: 167 } }, 172],
        i: [
          {
            f: 169,
            k: { k: { u: 120 }, u: 33 },
            l: { i: 0 },
            v: { e: { n: 11 } }
          },
          434
        ],
        j: [{ e: { n: 38 }, u: 4 }, 69],
        l: { e: { i: 164 }, ø: { s: { e: 17 } }, å: { n: { a: 16 } } },
        m: { å: { l: { e: 17 } } },
        n: { i: 93, y: 172 },
        o: [{ m: { s: 2 }, s: 22, v: 23 }, 173],
        p: { r: 164, å: 1 },
        r: [
          {
            a: { d: { i: 229 } },
            e: [{ n: { g: 38 } }, 12],
            i: { v: 90 },
            o: { l: 90, s: 90 },
            u: [{ l: 149 }, 166],
            ø: [{ d: 35 }, 1],
            å: { k: 350 }
          },
          69
        ],
        s: [
          {
            ".": 162,
            e: { i: 162, t: { j: { a: 208 } } },
            j: 173,
            k: 12,
            t: 166
          },
          772
        ],
        t: {
          a: { k: { ".": 191, e: 166 } },
          e: { r: { k: 1 }, v: { a: 22 } },
          i: { d: 1, l: 1 },
          o: { r: { e: { a: 15 } } },
          r: [{ a: 1, y: 164 }, 69],
          s: 180,
          å: { r: 6 }
        },
        u: [{ e: 22, n: [{ g: { e: { ".": 46 } } }, 97], t: 230 }, 153],
        v: [{ i: { l: 89, s: { e: 17 } } }, 172],
        y: [{ d: 731, ".": 93 }, 361],
        z: 167,
        ø: [{ r: 38, s: [{ t: 16 }, 119], v: 773, y: { a: 15 } }, 69],
        å: { k: 2, l: 90, n: 69, r: 2 }
      },
      u: [{ m: { a: 152, e: 38 }, t: 152 }, 153],
      v: [
        {
          e: {
            d: { i: 22 },
            i: { n: 24 },
            r: { i: { s: 31 } },
            s: [{ ".": 152 }, 24],
            t: { ø: 17 },
            v: 11
          },
          i: [{ k: 31 }, 38],
          r: { a: 15 },
          s: { a: 35 },
          u: 38,
          ø: { r: { e: 39 } }
        },
        153
      ],
      w: 153,
      x: [{ a: 25 }, 281],
      y: { a: 4, n: 152 },
      æ: [{ r: { l: { e: { g: { e: 33 } } } } }, 153],
      ø: [{ v: 22 }, 154],
      å: { r: { a: 155, e: 152 } }
    },
    w: {
      a: [
        {
          l: [{ d: 166, k: [{ o: 78 }, 23], l: 23 }, 4],
          p: 173,
          r: { d: { e: { r: 127 } } },
          s: { h: 18 },
          t: 172,
          z: 12
        },
        88
      ],
      b: [{ o: { y: 17 } }, 153],
      e: [
        {
          a: { t: { e: 58 } },
          b: 2,
          g: 12,
          r: { e: 15 },
          s: [{ s: 24, t: { e: { r: [{ n: 51 }, 123] } } }, 28],
          t: [{ t: 5 }, 22]
        },
        7
      ],
      i: [
        {
          a: { r: { ".": 35 } },
          c: { h: 18, z: 164 },
          d: 12,
          e: { n: 557, r: { ".": 35 } },
          f: 15,
          n: { i: 12 },
          r: { a: 15, e: { n: 12 } },
          t: { a: 15 }
        },
        785
      ],
      k: { r: 12 },
      l: 153,
      m: 153,
      n: { s: 15 },
      o: { b: 22, u: [{ t: 16 }, 31] },
      s: [{ k: 4 }, 89],
      u: { r: { s: 36 } },
      y: [{ o: [{ r: [{ k: 203 }, 183] }, 153] }, 7],
      z: 153
    },
    x: {
      a: { n: { t: 22 } },
      b: 152,
      f: 90,
      g: { a: 31 },
      h: 152,
      i: { c: 153, d: 334, e: 9 },
      k: 38,
      l: 153,
      p: 154,
      r: 90,
      s: 150,
      t: 152,
      u: 11,
      y: 7
    },
    y: {
      a: {
        b: 2,
        c: 172,
        f: 15,
        h: 1,
        k: [{ t: { e: { ".": 31 } } }, 153],
        l: 7,
        m: 152,
        n: [{ ".": 11, a: 88, e: { ".": 1 }, k: 61, s: { l: 61 } }, 153],
        r: { k: 153, r: 152 },
        s: [{ i: 15 }, 23],
        t: 15,
        v: 153
      },
      b: [
        {
          a: { n: { e: { ".": 23 } } },
          b: { e: { d: 1 } },
          d: { e: 18 },
          o: 28,
          u: { e: { r: [{ e: 16, n: 61 }, 31] } },
          y: { g: 17 }
        },
        153
      ],
      c: [{ e: { ".": 93 }, é: 93, o: 228 }, 153],
      d: {
        a: { b: 11, v: 15 },
        d: [{ e: { l: { a: 4 }, p: 1 } }, 162],
        e: { n: { h: 96 }, o: 0, p: 88, r: { o: 0 } },
        i: { s: 259 },
        j: { e: 4, i: 69 },
        o: [{ p: 12, v: 15 }, 23],
        r: [
          {
            a: { u: 786 },
            e: [{ m: 15 }, 69],
            i: 206,
            o: [{ k: { s: 786 } }, 0]
          },
          153
        ],
        s: { i: 12, v: 23 },
        u: [{ n: 69 }, 88],
        ø: [{ m: 0, r: 17, s: 69 }, 23]
      },
      e: [
        {
          d: { l: 32, r: { e: 4 } },
          k: [{ s: 38 }, 88],
          l: { e: { n: 1, t: 4 }, s: { j: 53, k: 23, m: 18, t: 47 } },
          m: 88,
          n: [
            {
              e: [{ r: 93 }, 252],
              h: 88,
              i: 15,
              k: 88,
              l: [{ e: { g: { e: { ".": 120 } } } }, 88],
              s: [{ e: 0 }, 5]
            },
            7
          ],
          r: { e: [{ l: 1 }, 92], n: 90, s: { k: 32, t: 0 } },
          s: [{ m: 15 }, 28],
          t: [{ e: 35, y: 15 }, 7],
          v: 88
        },
        187
      ],
      f: [
        {
          a: { n: 49 },
          j: { e: { l: { l: 190 } } },
          l: { e: [{ ".": 15 }, 0] }
        },
        153
      ],
      g: {
        a: { ".": 93, v: { e: { ".": 32 } } },
        d: { a: { l: 1 }, e: { k: 1, l: 1, p: 1 }, o: 7, r: 129, y: 129, ø: 7 },
        e: { i: 22, n: { s: 17 }, r: { e: { t: 11 } }, s: 88, v: 0 },
        g: {
          a: { m: 4, r: { t: 61 } },
          e: { s: 103 },
          j: 15,
          l: 22,
          r: 4,
          s: 82,
          u: 4,
          å: 3
        },
        i: 28,
        l: { o: 38 },
        m: 2,
        r: 4
      },
      h: [{ e: { s: 17 } }, 153],
      i: [{ n: { ".": 155 }, s: { t: 61 } }, 153],
      j: 153,
      k: [
        {
          a: [{ p: 18, r: { a: 11 } }, 153],
          e: [
            {
              l: { ".": 152, e: { n: 38 }, i: 90, s: 152 },
              n: 90,
              r: [{ e: { l: 0 }, o: 0 }, 90],
              t: { ".": 38, s: 155 }
            },
            88
          ],
          i: 153,
          j: [
            {
              a: { r: [{ e: 38 }, 0] },
              e: { v: { a: { n: { e: { ".": 242 } } } } }
            },
            153
          ],
          k: {
            a: { n: { a: 1 } },
            e: { n: { h: 26 }, s: { j: 15, t: { a: 116 } } },
            j: 69,
            n: { i: 22 },
            s: { k: 86, o: 86, s: 86 },
            v: { i: 787 },
            y: 1
          },
          l: { a: 69, e: { s: { t: 4 } }, o: 153, u: { b: 90, s: 12 }, æ: 38 },
          o: [
            {
              a: 88,
              l: { i: 11 },
              m: { o: 0 },
              s: { a: 38 },
              t: [{ i: 38 }, 88]
            },
            153
          ],
          r: 153,
          s: 69,
          u: { l: { e: { ".": 31 } } },
          v: { a: { r: 12 } }
        },
        168
      ],
      l: {
        a: [{ g: { a: 32 } }, 153],
        d: { a: { n: 1 }, e: { r: { k: 1 }, s: 5 }, r: 54, s: { k: 19 } },
        e: { g: { e: { ".": 31 } }, s: 152, v: 0 },
        i: { g: { h: 33 } },
        k: [{ e: [{ s: [{ l: { a: { g: { a: 159 } } } }, 43] }, 183] }, 10],
        l: { e: { v: 1 }, i: { s: { ".": 22 } } },
        s: [{ t: { r: { e: 16 } } }, 52],
        t: { e: { t: 15 } },
        u: { s: { e: 93 } },
        v: { e: { n: 164 } },
        y: 153,
        æ: { r: { e: 61 } }
      },
      m: {
        e: { i: 11, t: { e: 0 } },
        f: { e: { d: 205 } },
        j: { a: { r: { a: 15 } } },
        o: { ".": 0, e: 22 },
        p: 67,
        s: [{ a: { ".": 6 }, e: 1, l: 6 }, 69],
        t: { a: { ".": 4 }, e: { ".": 4 } },
        å: { l: { a: 31 } }
      },
      n: {
        a: { n: { d: 192 } },
        d: { e: { s: 91, t: 15 } },
        e: { l: [{ d: 2 }, 88], r: { g: 18 }, s: [{ i: 91 }, 42], v: 11 },
        g: { e: { l: 15, m: 1 }, r: 7, ø: 26 },
        k: { o: 18, v: 3 },
        n: { a: 15, e: 15, s: 65, ø: 23 },
        o: [{ ".": 0 }, 90],
        s: [
          {
            a: { r: { e: 31 } },
            e: { m: 1, t: 35 },
            i: 7,
            k: [
              {
                e: { t: { ".": 39 } },
                i: 61,
                j: [{ e: { l: { e: 61 }, r: { ".": 219 } } }, 15]
              },
              7
            ],
            t: 1,
            u: 7,
            v: { e: { r: 26 } }
          },
          54
        ],
        t: { a: { p: 1 }, e: { g: 6, i: 22, k: 1, t: { e: 4 } }, r: 109 }
      },
      o: {
        g: { a: { t: 1 }, i: { ".": 4 } },
        m: 153,
        n: [{ n: { e: { n: 22 } }, u: 4 }, 23],
        p: 150,
        r: [{ d: { a: 31 }, e: 15 }, 150],
        u: [{ t: 17 }, 23]
      },
      p: {
        e: [
          {
            ".": 88,
            e: 0,
            n: { a: 0, e: { t: 0 } },
            r: { e: { l: 23 } },
            t: { a: 11 }
          },
          6
        ],
        i: [{ ".": 0, n: { g: 152, n: [{ a: 46 }, 15] } }, 153],
        l: 150,
        o: 38,
        p: { a: 40, e: 12 },
        r: 153,
        s: 10,
        t: { o: { k: 1 } },
        u: 90
      },
      r: {
        a: [{ k: { a: 32 }, l: 788, r: { b: 152 }, u: 169, v: 15 }, 153],
        d: { a: 2, ø: 15 },
        e: {
          a: { l: 152 },
          d: { d: 206 },
          i: { n: 24, s: 38 },
          k: [{ k: 789 }, 5],
          l: { s: 90 },
          m: { s: 38 },
          n: [{ e: 39 }, 153],
          o: 0,
          r: { e: { l: 11 }, o: 0 },
          s: { c: 22, t: { ".": 38, e: [{ ".": 38, n: 36 }, 22] } },
          t: [{ a: 0, e: 0, o: 0, ø: 152 }, 153]
        },
        g: { a: 2 },
        i: [
          {
            n: { g: 80, n: 12 },
            e: { n: { e: { ".": 31 } } },
            f: 0,
            k: { a: { ".": 32 } },
            s: { p: 36 }
          },
          153
        ],
        k: { e: { e: 1, s: 5 }, j: 15 },
        m: 12,
        o: { e: 152, m: { m: 90 }, p: 69, s: { k: 38 } },
        r: 10,
        s: {
          a: { n: 1 },
          e: { t: 2 },
          k: [{ j: 4, r: 4 }, 15],
          p: 7,
          t: { a: { n: 61, r: 22 }, e: { n: { e: 61, s: 22 } }, i: 12 },
          v: 1
        },
        t: { e: [{ k: 4 }, 12], r: [{ a: 12 }, 107], y: 46 },
        u: [{ l: { l: { a: { ".": 46 } } }, t: { r: 68 } }, 153],
        v: 12,
        y: 153,
        ø: { k: 12, y: 5 },
        å: [
          {
            d: [{ a: 32, e: { r: [{ s: 31 }, 58] }, i: 0 }, 183],
            m: 88,
            s: { t: 11 },
            t: 0,
            v: 0
          },
          376
        ]
      },
      s: [
        {
          a: [{ k: { e: { r: { s: 21 } } }, l: 206 }, 153],
          e: [
            {
              b: { u: 23 },
              d: 0,
              e: [{ i: 22 }, 0],
              g: 88,
              k: [{ t: { e: 206 } }, 88],
              m: 88,
              r: { a: 0, i: { d: 61, e: 50 } },
              s: { j: 0, k: 0, l: 382, t: [{ e: 38 }, 0], u: 11 },
              t: { ".": 155 },
              u: 0
            },
            1
          ],
          i: [{ e: 32 }, 4],
          j: { k: 38 },
          k: { a: { g: 152, r: { a: 4, e: 2 }, u: 39 }, l: 107, ø: { s: 22 } },
          m: { i: 1 },
          n: { ø: 1 },
          o: [{ r: 169 }, 153],
          p: { e: 7, i: { s: 15 }, o: 229 },
          s: {
            a: { k: 4, m: 4 },
            e: { i: 85, k: 85 },
            i: { l: 26 },
            j: 7,
            k: { o: 109, u: 1 },
            o: 7,
            p: [{ e: 22 }, 7],
            t: { a: [{ b: 22 }, 1], i: 26 },
            u: 1,
            v: 233
          },
          t: [
            {
              a: [{ r: { ".": 93 }, t: 1 }, 12],
              e: {
                l: 12,
                n: 12,
                r: [{ i: { e: { n: 51 } } }, 193],
                s: { l: 2 }
              },
              i: 375,
              o: { p: 24 },
              r: [{ a: 6, y: 20 }, 24],
              u: 350,
              y: 4
            },
            7
          ],
          u: 153,
          v: { e: 69 },
          ø: { m: 206 },
          å: { r: 15 }
        },
        173
      ],
      t: {
        a: [{ n: { a: 193 } }, 153],
        e: {
          e: 88,
          f: 0,
          g: [{ e: 9 }, 88],
          i: { n: 24 },
          k: { a: 0, i: 0 },
          n: { a: 0, o: 0 },
          o: 88,
          r: { e: { t: 0 }, o: 31, s: [{ k: { e: 17 } }, 120], ø: 19 },
          s: 349,
          t: 88
        },
        h: { i: 151 },
        i: { l: 274 },
        j: [{ a: 35, e: { n: 15, r: 35 } }, 11],
        m: { e: { i: 1, s: 1 } },
        o: 90,
        r: { a: 6, e: { ".": 1, r: 15 }, i: [{ k: 1 }, 69], å: 38 },
        s: { e: { n: 85 }, k: 12, v: 15 },
        t: [
          {
            a: 20,
            e: [{ r: { e: { n: { d: 208 } } }, s: [{ t: 1 }, 120] }, 23],
            i: { e: { n: { ".": 6 } } },
            s: { a: { m: { e: { ".": 120 } } } }
          },
          162
        ],
        u: 361,
        y: [{ s: 1 }, 153],
        å: 320
      },
      u: [{ a: 11, e: 93, g: 6, l: 1 }, 153],
      v: [
        {
          a: { k: 0, l: { a: 32 } },
          e: { d: 88, r: { i: { a: 23, s: 23 } }, s: { e: 0, y: 11 }, v: 11 },
          i: { s: { a: 32, e: { ".": 31 } } },
          å: { r: 69, t: { e: 22 } }
        },
        153
      ],
      w: 153,
      æ: 38,
      ø: 38,
      å: 150
    },
    z: {
      a: {
        b: 15,
        e: [{ s: 162 }, 164],
        g: 26,
        k: { h: 20 },
        n: { i: [{ a: 14 }, 5] },
        v: 672
      },
      b: [{ u: 23 }, 398],
      c: 153,
      d: 153,
      e: [
        {
          a: 54,
          b: { u: 49 },
          l: { i: 17 },
          n: { s: [{ e: 181 }, 24], t: 181 }
        },
        172
      ],
      f: 153,
      g: 222,
      h: { a: 166, i: 90, u: 38 },
      i: {
        e: 166,
        f: { i: 172 },
        n: { g: 166, t: 38 },
        s: [{ t: { y: 168 }, v: 383, y: 173 }, 172]
      },
      k: 153,
      l: 187,
      m: 153,
      o: { ".": 166, e: 166, f: 8, n: { o: 1 }, r: { e: 15 }, s: 168 },
      p: 153,
      r: 38,
      s: 153,
      t: 187,
      u: { e: 12, n: 153 },
      v: 153,
      z: { a: { ".": 153 }, e: { l: 375 } }
    },
    æ: {
      b: { y: 38, ø: 88 },
      d: { e: 38, i: 152 },
      f: 153,
      g: 4,
      k: [
        {
          e: 90,
          i: 38,
          j: [{ a: 69, e: { ".": 2, r: { ".": 35 } } }, 93],
          k: { e: [{ l: 120 }, 16] },
          l: 4
        },
        88
      ],
      l: {
        a: 153,
        e: { ".": 0, d: 228, n: { a: 0 }, v: 0 },
        j: 15,
        s: { l: { e: 33 } }
      },
      r: {
        a: {
          k: 277,
          n: { e: 90, s: 0 },
          r: { b: [{ e: 11 }, 0], t: { e: 1 } },
          t: 277
        },
        b: { u: { e: 17 } },
        d: 182,
        e: [
          {
            a: 88,
            d: 0,
            f: 88,
            g: 88,
            i: [{ e: 36 }, 206],
            k: 88,
            l: { d: 96 },
            n: { e: { ".": 22, s: 61 } },
            p: 88,
            r: { n: 38 },
            s: { a: { m: 103 }, k: { r: 31 }, l: 23, p: 23 },
            t: { a: 0, e: { k: 0 }, s: 155 },
            v: 88
          },
          153
        ],
        f: 162,
        g: { e: { n: 14 } },
        h: { ø: 46 },
        i: [
          { e: { n: { e: 127 } }, l: 193, n: { s: 12 }, s: [{ ".": 15 }, 31] },
          153
        ],
        k: 582,
        l: { e: { g: { e: { ".": 36 } } } },
        m: [{ å: { l: { a: 46 } } }, 162],
        n: [{ e: 345, å: 1 }, 12],
        o: [{ m: [{ s: 103 }, 17] }, 790],
        r: 15,
        s: { e: { l: 4 }, i: { l: 26 }, k: 69, n: { o: 40 }, p: 7 },
        u: [{ t: 17 }, 259],
        v: 12,
        ø: [{ y: { e: 16 } }, 593],
        å: 34
      },
      s: { e: { ".": 93 }, j: 88, k: 259 },
      t: { a: 38, e: [{ ".": 0 }, 162], h: { e: 4 }, r: 1, t: { a: 1 } },
      v: { a: [{ r: 17 }, 38], e: { s: 23 }, i: 38 }
    },
    ø: {
      a: [{ r: { e: 2 }, u: 23 }, 520],
      b: [
        { e: { l: { e: { v: 31 }, i: 23 } }, l: [{ i: 92, u: 39 }, 88], r: 1 },
        153
      ],
      d: {
        a: { g: 12, k: 0 },
        d: [{ e: { ".": 35 } }, 12],
        e: {
          ".": 88,
          d: { e: 0 },
          f: 11,
          l: { a: 0 },
          m: 0,
          o: 0,
          r: { i: 0, o: 0 }
        },
        j: 38,
        r: [{ e: { d: 1, k: 1, p: 1 } }, 69],
        s: { c: 7, e: { k: 3 }, k: { e: 61, o: 23, u: 791 }, m: { u: 23 } },
        t: { o: { m: 462 }, r: 31 },
        u: [{ n: { d: 12 }, r: 169 }, 88],
        ø: 97
      },
      e: [{ d: 0, n: { e: 38 }, p: 38, r: { e: 92 } }, 571],
      f: {
        e: 32,
        f: { e: [{ l: { a: 105 } }, 12] },
        j: 4,
        l: { a: { ".": 6 }, e: { ".": 6 } },
        n: 38,
        t: { e: { s: 17 } }
      },
      g: [
        {
          a: [{ k: 15, l: 15, r: 152, s: 38 }, 7],
          e: { r: 90 },
          g: { l: 15, å: 6 },
          j: 393,
          l: { o: { v: { e: 46 } } },
          n: { s: { p: 127 } },
          r: [{ e: { ".": 15, s: { ".": 15 } } }, 156],
          s: [{ t: { e: 1, r: 1 } }, 28],
          t: { a: 17 },
          u: 303
        },
        69
      ],
      h: 153,
      i: [
        {
          e: [{ r: { ".": 15 }, n: { e: { ".": 9 } } }, 1],
          n: { g: 38 },
          s: { k: 38 },
          t: 0
        },
        0
      ],
      j: 153,
      k: {
        ".": 168,
        a: [{ v: [{ e: { ".": 32 } }, 38] }, 200],
        e: {
          h: 11,
          l: { o: 0 },
          r: { a: { d: { a: 11 } }, e: { l: 11 }, u: 195 },
          s: [{ e: 11, l: 93, t: 0 }, 54],
          t: { e: 0 }
        },
        i: 153,
        j: [{ a: { r: { e: 38 }, s: 38 }, e: 153 }, 162],
        k: [{ e: { l: 15, t: 15 }, l: 26, r: 22 }, 173],
        l: { a: { g: 12, n: 12 } },
        n: { a: 173 },
        o: [{ p: { p: 15 } }, 172],
        r: [{ a: { r: 93 } }, 153],
        s: {
          a: { ".": 6 },
          e: { ".": 4, s: 1 },
          i: 1,
          o: 7,
          t: [{ i: 22 }, 617]
        },
        u: { r: [{ ".": 15, e: 15 }, 23] },
        v: { e: 2 },
        y: 152
      },
      l: {
        a: [{ h: 88, m: 11 }, 153],
        d: 12,
        e: {
          d: [{ i: 0 }, 475],
          l: { u: 11 },
          r: { o: 0 },
          t: { a: 11, e: 195 },
          v: 88
        },
        g: { e: { r: { a: 1 }, s: { v: 80 } } },
        j: 69,
        k: { e: [{ s: 16 }, 7] },
        l: { e: { s: { e: 1 }, t: { i: 35 }, v: 4 } },
        o: [{ p: 2 }, 153],
        r: { å: 5 },
        s: { e: { l: 4, r: { e: 1 }, s: 99 }, t: 623, v: 9 },
        u: { k: 38, t: 2 },
        v: {
          a: [{ r: 1 }, 36],
          e: { i: 85, k: 4, l: 6, r: { k: 61 } },
          i: { n: 85 },
          o: 22,
          r: 61
        },
        y: 153
      },
      m: {
        e: { ".": 0, t: 155 },
        f: { i: 172 },
        i: [{ n: { i: 120 } }, 38],
        m: { e: { d: 1, r: { o: 1 }, t: [{ r: 1 }, 120] } },
        o: { p: 12 },
        p: { e: { l: 1 } },
        s: { p: 40, t: 69, v: { i: 15 } },
        u: 259,
        å: { l: { a: 32 } }
      },
      n: {
        a: { d: 7, l: 97, s: 38 },
        e: { m: 88, s: { ".": 90, e: 155 } },
        h: { ø: { r: { e: { ".": 46 } } } },
        k: { r: 109 },
        n: [
          {
            a: { l: 1 },
            i: [{ t: 26 }, 5],
            s: {
              a: { l: 17 },
              e: 41,
              i: { d: 415 },
              k: { j: { e: 17 }, r: { e: 17 }, u: 17 },
              l: 18,
              t: 18
            },
            ø: 7
          },
          162
        ],
        o: { m: 11 },
        s: [
          {
            a: { ".": 35, k: 15, m: 15 },
            e: { ".": 15, r: 12 },
            k: { j: [{ e: { r: { ".": 6 } } }, 12] },
            t: { r: [{ a: 49 }, 18] }
          },
          7
        ],
        t: [{ a: 7, o: 7 }, 54],
        u: 94
      },
      o: 153,
      p: {
        e: {
          d: { a: 0 },
          i: 428,
          n: { u: 0 },
          r: { o: 38, u: 0 },
          s: 5,
          t: { e: 0, i: 0 }
        },
        i: 153,
        l: { i: 12 },
        p: [{ l: 4 }, 15],
        r: 153,
        s: [
          {
            a: 5,
            l: { a: { g: { a: 91 } }, e: { g: 32 } },
            t: { e: 15, i: { k: 94 } },
            ø: 26
          },
          232
        ]
      },
      r: {
        a: [
          {
            ".": 88,
            f: 259,
            k: 259,
            m: 217,
            n: { s: 0, t: 193 },
            s: { a: 32, i: 31 },
            u: 377
          },
          153
        ],
        d: { e: 23 },
        e: [
          {
            a: 88,
            d: { d: 2, u: 11 },
            f: 88,
            g: 88,
            i: { n: 11 },
            k: [{ l: 36, s: 12, t: 15 }, 88],
            l: { e: { s: { e: 91 }, t: 155 } },
            n: { g: 169 },
            o: 626,
            p: 88,
            r: { e: { t: 11 }, u: 0 },
            s: [
              {
                ".": 38,
                e: 0,
                i: 11,
                k: { r: { i: { v: { i: 152 } } } },
                o: 93,
                t: 0,
                v: 127
              },
              180
            ],
            t: [{ a: 0 }, 4],
            u: 69,
            v: 88
          },
          153
        ],
        f: { e: 15 },
        g: { e: { s: 17 } },
        i: [{ m: 32 }, 153],
        j: { e: { t: 1 } },
        k: {
          e: { r: { i: 1 }, s: 1 },
          l: { a: { g: 219 } },
          n: 3,
          v: { e: 1 },
          å: 1
        },
        l: { a: { g: { a: 46 } } },
        m: { u: { t: 39 } },
        n: { e: [{ r: { e: 1 }, s: 133 }, 23], u: 85, ø: 26 },
        o: [{ k: 149, s: [{ t: 193 }, 153], v: 23 }, 69],
        r: { e: { k: 1, p: 1 }, i: [{ s: 26 }, 5], å: { t: 1 } },
        s: {
          a: { k: [{ a: 46 }, 1], m: { e: { ".": 36 } } },
          c: 1,
          e: { s: 4 },
          i: 7,
          k: { i: 15, r: 1 },
          l: { e: { v: 31 } },
          o: { m: 1 },
          p: { e: 1 },
          t: [
            { a: { r: 39 }, e: { i: 14, n: { s: 22 } }, i: { g: 22 }, o: 12 },
            7
          ],
          u: 39,
          v: 7,
          å: 54
        },
        t: {
          a: { r: 35 },
          e: { k: 1 },
          i: { a: 405, d: { e: 1 }, e: { n: { ".": 6 } }, f: 4 },
          o: 12
        },
        u: { m: 17, t: 11 },
        v: 15,
        ø: { s: 8, v: 54 },
        å: { p: 69 }
      },
      s: {
        a: [{ m: { e: { ".": 31 } }, r: { a: { r: 93 } } }, 153],
        c: 153,
        e: { ".": 88, m: 88, n: { o: 53 }, r: { i: [{ e: 123 }, 58] } },
        j: { o: 15 },
        k: { a: { r: 2 } },
        l: [{ a: { g: 1 }, u: 0 }, 69],
        m: { e: 7 },
        p: 150,
        s: { n: 32 },
        t: {
          a: { s: [{ t: 39 }, 6] },
          e: { g: 4, r: { s: { e: 15 } }, t: { t: 39 } },
          o: [{ f: 22, v: 22 }, 183],
          r: [{ e: 24 }, 54],
          ø: 5
        },
        ø: 217
      },
      t: [
        {
          a: { k: 12, r: 155, s: [{ a: 15 }, 23] },
          e: {
            ".": 88,
            a: 88,
            f: 11,
            g: { e: 11 },
            i: 88,
            k: [{ s: 230 }, 22],
            l: [{ a: { ".": 38 } }, 88],
            n: [{ i: 0 }, 90],
            r: { ".": 90, u: 24 },
            s: [{ n: 61 }, 458],
            t: { a: 0 }
          },
          r: { i: 2 },
          s: { a: 69, p: 34, å: [{ r: { e: 49 } }, 40] },
          t: {
            e: { r: { o: 1 }, s: { t: 4 }, k: { s: 22 }, t: { a: 22, e: 22 } },
            a: { v: 22 },
            r: { a: 22, i: 61 },
            s: [{ å: { r: { e: 58 } } }, 180],
            u: { r: 1 },
            y: 1
          },
          u: 153,
          y: 38
        },
        162
      ],
      u: [{ g: { l: { a: 32 } } }, 150],
      v: {
        a: { a: 15, n: { s: 15 } },
        e: {
          i: { n: 22 },
          k: 0,
          n: { o: 22 },
          r: { e: { n: 242 } },
          s: [{ t: 5 }, 54],
          t: { e: 24 }
        },
        i: { k: 38 },
        l: { u: { t: 21 } },
        n: { e: 2, ø: 4 },
        o: 84,
        r: [{ e: { b: 15 } }, 69],
        s: [{ a: 35 }, 69],
        å: 38
      },
      y: {
        a: { l: 12, n: [{ ".": 191, s: 792 }, 28] },
        d: { e: { k: 1, r: { e: 1 } }, i: 32 },
        e: {
          b: 166,
          d: { e: 60 },
          e: 7,
          l: { e: 1 },
          n: 23,
          p: 1,
          r: { f: 1 }
        },
        g: { l: 69 },
        k: { e: { ".": 12 }, s: 5, t: 22 },
        l: [{ e: { d: 1, g: 1 } }, 173],
        n: { a: 15, i: 15 },
        o: 12,
        p: [{ e: { ".": 12, l: 1 } }, 168],
        r: { a: { ".": 1 }, e: { r: { ".": 15 } }, i: { v: 36 }, ø: 12 },
        s: [
          {
            a: { r: 9 },
            i: 15,
            l: 28,
            m: 1,
            p: { i: 1 },
            u: { n: { d: 166 } }
          },
          69
        ],
        t: {
          e: { i: 1, l: 1, r: { e: 1 }, s: 80 },
          i: { d: { a: 16 } },
          r: 69,
          s: 22,
          y: 779,
          ø: 15
        },
        v: { e: { i: 1 }, å: 166 }
      },
      ø: 150,
      å: 149
    },
    å: {
      a: [
        {
          k: { t: { a: 31 } },
          n: [{ k: { a: { ".": 32 }, e: { ".": 31 } } }, 26],
          r: [{ a: { n: 38 } }, 88],
          u: { r: { e: 23 } }
        },
        153
      ],
      b: [
        { a: { n: { e: { ".": 32 } } }, e: { r: 183 }, o: { t: { a: 39 } } },
        398
      ],
      d: [
        {
          a: { n: 152, r: 155 },
          e: { d: 0, k: 0, m: 0, o: 0, p: 0, r: { e: 0, i: 0, o: 11 }, s: 88 },
          i: 152,
          r: { a: 1, e: 6 },
          s: [
            {
              k: 7,
              l: { a: 34, o: 2, å: 12 },
              n: 8,
              p: { e: 34, u: 2 },
              t: [{ e: 21 }, 15]
            },
            54
          ]
        },
        200
      ],
      e: [
        {
          l: { e: 88 },
          m: { n: { a: 32 } },
          n: [{ s: 152 }, 7],
          r: [{ e: { ".": 92 }, i: 350 }, 90]
        },
        187
      ],
      f: [{ e: 31, ø: { r: { e: 22 } } }, 153],
      g: [
        {
          a: { ".": 0, l: { d: 2 } },
          e: { ".": 0, i: 2, s: 88 },
          n: { a: 17, e: 15 },
          r: [{ i: { n: 15 } }, 1],
          s: { k: 31, l: 15, p: 2, t: 23 },
          u: { l: 23 },
          ø: 15,
          å: { ".": 0 }
        },
        173
      ],
      h: 153,
      i: 153,
      j: 153,
      k: {
        a: [{ n: 90, r: [{ b: 0 }, 90], v: 2 }, 153],
        e: {
          h: 0,
          n: [{ a: 0, h: 193 }, 90],
          r: { e: 0 },
          s: [{ l: 0 }, 22],
          v: { i: 38 }
        },
        i: [{ d: 11 }, 153],
        j: 153,
        k: [{ a: 15, l: 31, r: 2 }, 69],
        l: { a: { u: 2 }, i: { s: { t: 170 } }, æ: 12 },
        o: [{ p: { p: 12 }, s: 23 }, 153],
        r: { a: 4, ø: { k: 15 }, å: 12 },
        s: [{ l: 61 }, 8],
        t: 34,
        u: [{ l: 95 }, 32],
        v: { a: { l: { a: { ".": 46 } } } },
        ø: { y: { r: { a: { r: { ".": 46 } } } } },
        å: 375
      },
      l: {
        a: [{ m: { p: 149 }, r: { b: 11 }, s: 155, u: 793, v: 35 }, 153],
        d: 12,
        e: {
          f: 88,
          i: { n: { i: 15 } },
          k: 88,
          m: 88,
          n: { h: 169, i: 0 },
          r: { i: { s: 31 } },
          s: [{ u: { n: { d: 131 } } }, 454],
          t: { e: 0 },
          v: 88
        },
        g: [{ å: 36 }, 15],
        i: { o: 11 },
        j: 15,
        l: { a: { g: { a: 36 } } },
        o: { r: 12 },
        s: {
          a: { n: 1 },
          e: { k: 1, r: 1 },
          i: 61,
          p: 7,
          t: { i: 1 },
          y: { n: { a: 46 } }
        },
        t: { i: [{ d: 17 }, 15] },
        u: [{ l: { l: { a: 46 } } }, 69],
        y: 153,
        ø: { y: [{ e: 5 }, 259] },
        å: { k: 20, t: { e: { ".": 32 } } }
      },
      m: [
        { e: { ".": 11 }, l: { i: { ".": 1 } }, o: { m: 69 }, ø: { y: 15 } },
        168
      ],
      n: {
        a: [{ r: 90, s: 155 }, 167],
        d: { r: 24, s: { a: 23, e: 23, o: 23 } },
        e: {
          ".": 0,
          d: [{ s: 14 }, 5],
          i: 19,
          l: [{ y: 120 }, 88],
          s: { ".": 38 },
          t: [{ r: 0 }, 90]
        },
        i: 90,
        o: 15,
        y: 155
      },
      o: 90,
      p: {
        e: [{ n: { a: 41, i: 53, s: 18 }, r: [{ o: 11 }, 38] }, 7],
        i: 153,
        j: 4,
        l: { a: 153 },
        n: { e: { ".": 1 } },
        p: 2,
        r: [{ a: 17 }, 153],
        s: 129,
        t: { a: 4 },
        å: 0
      },
      r: {
        a: { k: 12, n: 155, r: { a: 152 } },
        d: { s: { t: { r: 22 } } },
        e: { ".": 88, i: 38, l: 11, s: [{ t: 0 }, 61] },
        f: { i: 5 },
        i: { v: 152 },
        k: 67,
        l: { e: { ".": 1 } },
        n: [{ s: 22 }, 173],
        o: { n: 12, p: 12 },
        p: { o: 46 },
        s: [
          {
            a: { f: 22 },
            e: { l: 24, m: 12 },
            k: { o: 24, u: 6 },
            l: { a: { g: { a: 91 } } },
            o: { l: 12 },
            t: { a: 24, e: 2, i: 24, o: 2, u: 15 },
            u: 54,
            v: 54,
            y: 15
          },
          7
        ],
        u: { k: 9, n: 12 },
        y: 9,
        ø: 153,
        å: 95
      },
      s: [
        {
          a: [{ u: 2 }, 153],
          e: {
            ".": 0,
            e: 0,
            i: { d: 15 },
            k: 0,
            m: 0,
            r: { i: { e: 50 } },
            s: [{ m: 0, o: 0 }, 82],
            t: { a: 22 }
          },
          h: 12,
          i: { ".": 93 },
          k: {
            a: { ".": 15 },
            e: { n: { e: 35 } },
            i: 6,
            j: [{ ø: { r: 375 } }, 153],
            o: { p: 2 },
            r: 153,
            u: 38
          },
          l: 153,
          n: { e: 15, i: 12 },
          o: 38,
          p: [{ l: 2 }, 153],
          s: { a: 15, e: 15, i: 12, k: [{ å: 794 }, 24] },
          t: [{ e: { i: 152 } }, 187],
          u: [{ n: 12, t: 2 }, 23],
          v: { æ: 2 },
          ø: { y: 15 },
          å: 61
        },
        7
      ],
      t: {
        a: [
          {
            ".": 0,
            k: { s: 14 },
            l: [{ a: 39, e: [{ ".": 22, n: 22 }, 203] }, 28],
            n: { g: 0 },
            r: { k: 0, m: 169 }
          },
          153
        ],
        e: {
          ".": 88,
          a: 88,
          e: 0,
          i: 259,
          k: { e: { ".": 31 } },
          o: 0,
          r: 155,
          s: 88
        },
        f: { e: { r: { d: 166 } } },
        i: [{ d: { a: 61 } }, 38],
        n: 173,
        o: [{ v: 2 }, 153],
        p: 168,
        r: { e: 69, i: { p: { a: { ".": 36 }, e: { ".": 46 } } }, u: 69 },
        s: { k: 15 },
        t: [{ e: { d: 1 }, i: 1, o: 24, r: { i: 1 }, s: 5, æ: 3 }, 69],
        u: [{ n: 1 }, 69],
        v: { a: { r: { a: 17, e: 16 } }, e: 15 },
        y: 38,
        ø: { v: 69 }
      },
      u: [{ n: { g: { e: { ".": 32 } } } }, 90],
      v: [
        {
          a: 1,
          e: { d: 586, g: 0, l: 22, n: { i: 0 }, r: { ".": 155 }, v: 88 },
          s: 40,
          y: 152,
          æ: { r: { e: { ".": 23 } } }
        },
        153
      ],
      ø: [{ y: 23 }, 795]
    }
  },
  {
    attende: [5],
    betre: [],
    antwerpen: [3, 7],
    armstrong: [3],
    armstrongs: [3],
    beograd: [3],
    beograds: [3],
    brynjulf: [5],
    brynjulfs: [5],
    brynjulv: [5],
    brynjulvs: [5],
    danskøya: [5],
    demosthenes: [4, 9],
    gandhi: [3],
    gandhis: [3],
    helmut: [],
    kamtsjatka: [3, 9],
    medina: [2],
    nielsen: [],
    nielsens: [],
    notodden: [3],
    notoddens: [3],
    sienkiewicz: [4, 8],
    steinar: [],
    steinars: [],
    steinsland: [6],
    stendhal: [],
    stendhals: [],
    zarathustra: [4, 10],
    zarathustras: [4, 10],
    austrøn: [4],
    avise: [2],
    aviser: [],
    bilskyss: [3],
    bilskyssen: [3],
    bordende: [4],
    bortanfor: [6],
    bortre: [],
    båtskyss: [3],
    båtskyssen: [3],
    celleskade: [5, 9],
    celleskaden: [5, 9],
    celleskader: [5, 9],
    celleskadene: [5, 9],
    cheese: [],
    dessuaktet: [4, 8],
    ditover: [3],
    elevskyssen: [4, 9],
    elevskyss: [4],
    etsteds: [2],
    fingerspitzengefühl: [6, 14, 17],
    fingerspitzgefühl: [6, 12, 15],
    framifrå: [4],
    førenn: [3],
    givetvis: [2, 6],
    heretter: [3],
    heretterdags: [3, 9],
    hesteskyss: [3, 6],
    hesteskyssen: [3, 6],
    hvorover: [4],
    innyver: [3],
    høistærede: [5, 9],
    kastesting: [5],
    landsøl: [5],
    landsølet: [5],
    landsølets: [5],
    langtifra: [5],
    malingslitt: [6],
    malingslitte: [6],
    midtetter: [4],
    midtskyssen: [4, 9],
    midtskyss: [4],
    nedimot: [3],
    nedom: [3],
    nedyver: [3],
    noens: [],
    næsten: [3],
    nøyeregnende: [4, 8, 12],
    oppimot: [3],
    ovenikjøpet: [4, 9],
    polaris: [2, 6],
    polarisen: [2, 6],
    polis: [],
    polisen: [],
    prompte: [5],
    selveste: [3, 7],
    skoleskyssen: [5, 10],
    skoleskyss: [5],
    skrovis: [5],
    skrovisen: [5],
    smalenden: [4],
    spleen: [],
    stokkende: [5],
    svartsvidd: [5],
    svartsvidde: [5],
    sydenden: [3],
    sørpeis: [5],
    sørpeisen: [5],
    treskje: [],
    tvertom: [5],
    ukeskortet: [4, 8],
    ukeskort: [4],
    ukeskortene: [4, 9],
    uppyver: [3],
    utørk: [2],
    utørken: [2],
    velan: [],
    velet: []
  }
]);


/***/ })

};
