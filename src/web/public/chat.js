/*
 * Tremplin — the website's chat. Bot Framework Web Chat (served by Tremplin from
 * node_modules) over Tremplin's own Direct Line endpoint, styled with the State's design
 * system (DSFR). Static file: the Content-Security-Policy forbids inline scripts.
 *
 * The conversation survives a reload or a move to another page of the site in the same tab:
 * its token is kept in sessionStorage and refreshed before it expires.
 */
(function () {
  'use strict';

  var root = document.getElementById('webchat');
  if (!root) return;
  var status = root.querySelector('.tremplin-webchat__status');
  var locale = root.getAttribute('data-locale') || 'fr-FR';
  var english = /^en/i.test(locale);
  var embedded = root.getAttribute('data-embedded') === 'true';
  var nonce = root.getAttribute('data-nonce') || undefined;
  var DIRECT_LINE = location.origin + '/v3/directline';
  var STORAGE_KEY = 'tremplin.directline';

  var WORDS = english
    ? { failed: 'Tremplin cannot be reached right now.', retry: 'Try again' }
    : { failed: 'Tremplin n’est pas joignable pour le moment.', retry: 'Réessayer' };

  /* Web Chat's own words where its defaults are poor or too generic. */
  var STRINGS = english
    ? {
        ACTIVITY_BOT_SAID_ALT: 'Tremplin said:',
        ACTIVITY_BOT_ATTACHED_ALT: 'Tremplin attached:',
        TEXT_INPUT_PLACEHOLDER: 'Ask your question',
        TEXT_INPUT_ALT: 'Your question for Tremplin',
        TYPING_INDICATOR_SINGLE_TEXT: 'Tremplin is writing…',
        TRANSCRIPT_ARIA_LABEL_ALT: 'Conversation with Tremplin. Use the arrow keys to move between messages.',
        VOTE_LIKE_ALT: 'Helpful answer',
        VOTE_DISLIKE_ALT: 'Unhelpful answer',
      }
    : {
        ACTIVITY_BOT_SAID_ALT: 'Tremplin a dit :',
        ACTIVITY_BOT_ATTACHED_ALT: 'Tremplin a joint :',
        TEXT_INPUT_PLACEHOLDER: 'Posez votre question',
        TEXT_INPUT_ALT: 'Votre question pour Tremplin',
        TEXT_INPUT_LENGTH_EXCEEDED_ALT: 'Message trop long',
        TYPING_INDICATOR_SINGLE_TEXT: 'Tremplin écrit…',
        TYPING_INDICATOR_ALT: 'Tremplin écrit',
        CONNECTIVITY_STATUS_ALT_CONNECTING: 'Connexion en cours…',
        CONNECTIVITY_STATUS_ALT_RECONNECTING: 'Connexion interrompue. Reconnexion en cours…',
        CONNECTIVITY_STATUS_ALT_FATAL: 'Impossible de joindre Tremplin.',
        KEYBOARD_HELP_CHAT_HISTORY_HEADER: 'Historique de la conversation',
        KEYBOARD_HELP_CHAT_HISTORY_LEAVE_MESSAGE_HEADER: 'Quitter le message',
        KEYBOARD_HELP_CHAT_WINDOW_HEADER: 'Fenêtre de conversation',
        KEYBOARD_HELP_CHAT_WINDOW_BODY_MOVE_BETWEEN_ITEMS_HEADER: 'Passer d’un élément à l’autre de la conversation',
        TRANSCRIPT_ARIA_LABEL_ALT: 'Conversation avec Tremplin. Utilisez les flèches pour passer d’un message à l’autre.',
        TRANSCRIPT_ARIA_ROLE_ALT: 'conversation',
        TRANSCRIPT_TERMINATOR_TEXT: 'Fin de la conversation',
        TRANSCRIPT_NEW_MESSAGES: 'Nouveaux messages',
        VOTE_LIKE_ALT: 'Réponse utile',
        VOTE_DISLIKE_ALT: 'Réponse pas utile',
      };

  /* DSFR colours: blue France #000091, grey #161616 text, #666 mentions, #0a76f6 focus ring. */
  var BLUE = '#000091';
  var TEXT = '#161616';
  var MENTION = '#666666';
  var FOCUS = '#0a76f6';
  var FONT = "Marianne, arial, sans-serif";

  var styleOptions = {
    accent: BLUE,
    backgroundColor: '#ffffff',
    subtle: MENTION,
    primaryFont: FONT,
    fontSizeSmall: '0.75rem',
    paddingRegular: 10,
    avatarSize: 32,
    botAvatarInitials: 'T',
    botAvatarBackgroundColor: BLUE,
    showAvatarInGroup: 'sender',
    bubbleBackground: '#f6f6f6',
    bubbleBorderColor: '#dddddd',
    bubbleBorderRadius: 4,
    bubbleBorderWidth: 1,
    bubbleTextColor: TEXT,
    bubbleMinWidth: 0,
    bubbleMaxWidth: 560,
    bubbleFromUserBackground: BLUE,
    bubbleFromUserBorderColor: BLUE,
    bubbleFromUserBorderRadius: 4,
    bubbleFromUserTextColor: '#ffffff',
    markdownRenderHTML: false,
    maxMessageLength: 4000,
    hideUploadButton: true,
    sendBoxBackground: '#ffffff',
    sendBoxBorderTop: 'solid 1px #dddddd',
    sendBoxButtonColor: BLUE,
    sendBoxButtonColorOnHover: BLUE,
    sendBoxButtonShadeColorOnHover: '#e3e3fd',
    sendBoxButtonKeyboardFocusIndicatorBorderColor: FOCUS,
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
    sendBoxHeight: 48,
    sendBoxTextColor: TEXT,
    sendBoxPlaceholderColor: MENTION,
    sendBoxTextWrap: true,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBackgroundColorOnHover: '#f5f5fe',
    suggestedActionBackgroundColorOnActive: '#e3e3fd',
    suggestedActionBorderColor: BLUE,
    suggestedActionBorderRadius: 4,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: BLUE,
    suggestedActionHeight: 40,
    suggestedActionKeyboardFocusIndicatorBorderColor: FOCUS,
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    suggestedActionsVisualKeyboardIndicatorColor: FOCUS,
    timestampColor: MENTION,
    /*
     * Every answer shows its status line (its time, and the like / dislike that rates it): only
     * messages sent at the same instant share one. `false` would hide them all.
     */
    groupTimestamp: 0,
    transcriptActivityVisualKeyboardIndicatorColor: FOCUS,
    transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
    transcriptActivityVisualKeyboardIndicatorWidth: 2,
    transcriptVisualKeyboardIndicatorColor: FOCUS,
    transcriptVisualKeyboardIndicatorWidth: 2,
    notificationText: '#3a3a3a',
    cardEmphasisBackgroundColor: '#eeeeee',
  };

  var colours = function (main, subtle) {
    return { default: main, subtle: subtle };
  };
  var adaptiveCardsHostConfig = {
    fontFamily: FONT,
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 12 },
    fontSizes: { small: 12, default: 14, medium: 16, large: 20, extraLarge: 24 },
    containerStyles: {
      default: {
        backgroundColor: '#ffffff',
        foregroundColors: {
          default: colours(TEXT, MENTION),
          accent: colours(BLUE, BLUE),
          attention: colours('#ce0500', '#ce0500'),
          good: colours('#18753c', '#18753c'),
          warning: colours('#b34000', '#b34000'),
          dark: colours(TEXT, MENTION),
          light: colours('#ffffff', '#f6f6f6'),
        },
      },
      emphasis: {
        backgroundColor: '#eeeeee',
        foregroundColors: { default: colours(TEXT, '#3a3a3a'), accent: colours(BLUE, BLUE) },
      },
    },
    actions: {
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      buttonSpacing: 8,
      maxActions: 6,
      spacing: 'default',
      showCard: { actionMode: 'inline', inlineTopMargin: 8 },
    },
    adaptiveCard: { allowCustomStyle: false },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8,
    },
    textBlock: { headingLevel: 3 },
    separator: { lineThickness: 1, lineColor: '#dddddd' },
  };

  /*
   * Web Chat's style set, with its keyboard-help dialog left out: it opens over the whole
   * transcript as soon as Tab reaches it, hiding the conversation from sighted keyboard users.
   * What it says (arrow keys move between messages) is in the transcript's accessible name.
   */
  function styleSetFor(options) {
    var set = window.WebChat.createStyleSet(options);
    set.keyboardHelp = { display: 'none' };
    /* The like / dislike under an answer: 24-pixel targets (WCAG 2.5.8; Web Chat draws 16). */
    var thumb = set.thumbButton['&.webchat__thumb-button'];
    set.thumbButton = {
      '&.webchat__thumb-button': Object.assign({}, thumb, {
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 24,
        height: 24,
        '&:focus': { outline: 'solid 2px ' + FOCUS, outlineOffset: 1 },
        '& .webchat__thumb-button__image': { color: BLUE, width: 18 },
      }),
    };
    return set;
  }

  function readSaved() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && saved.token && saved.conversationId ? saved : null;
    } catch (e) {
      return null;
    }
  }
  function save(grant) {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token: grant.token, conversationId: grant.conversationId }));
    } catch (e) {
      /* private browsing: the conversation just won't survive a reload */
    }
  }
  function forget() {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      /* nothing kept */
    }
  }

  function post(path, token) {
    var headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(DIRECT_LINE + path, { method: 'POST', headers: headers, credentials: 'omit', cache: 'no-store' }).then(
      function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      },
    );
  }

  /* A token: the saved conversation's, refreshed, or a new conversation's. */
  function obtainGrant() {
    var saved = readSaved();
    if (!saved) return post('/tokens/generate').then(function (grant) { return { grant: grant, resumed: false }; });
    return post('/tokens/refresh', saved.token).then(
      function (grant) { return { grant: grant, resumed: true }; },
      function () {
        forget();
        return post('/tokens/generate').then(function (grant) { return { grant: grant, resumed: false }; });
      },
    );
  }

  /* Keeps the saved token alive (the Direct Line client refreshes its own copy). */
  var refreshTimer;
  function keepFresh(grant) {
    save(grant);
    clearTimeout(refreshTimer);
    var delay = Math.max(60, (grant.expires_in || 1800) / 2) * 1000;
    refreshTimer = setTimeout(function () {
      post('/tokens/refresh', grant.token).then(keepFresh, function () { /* expired: a reload starts afresh */ });
    }, delay);
  }

  function showFailure() {
    root.setAttribute('aria-busy', 'false');
    status.textContent = WORDS.failed + ' ';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'fr-btn fr-btn--sm fr-btn--secondary';
    retry.textContent = WORDS.retry;
    retry.addEventListener('click', function () { location.reload(); });
    status.appendChild(retry);
  }

  function sendBoxInput() {
    return root.querySelector('[data-id="webchat-sendbox-input"]') || root.querySelector('textarea, input[type="text"]');
  }

  /* Focuses the send box, waiting (up to `attempts` × 100 ms) for Web Chat to render it. */
  function focusSendBox(attempts) {
    var input = sendBoxInput();
    if (input) input.focus();
    else if (attempts > 0) setTimeout(function () { focusSendBox(attempts - 1); }, 100);
  }

  function start() {
    if (!window.WebChat) {
      showFailure();
      return;
    }
    root.setAttribute('aria-busy', 'true');
    obtainGrant().then(
      function (result) {
        keepFresh(result.grant);
        var directLine = window.WebChat.createDirectLine({
          token: result.grant.token,
          conversationId: result.resumed ? result.grant.conversationId : undefined,
          domain: DIRECT_LINE,
          webSocket: true,
        });
        var joined = result.resumed;
        var store = window.WebChat.createStore({}, function (api) {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !joined) {
                joined = true;
                /* The bot greets the visitor with its welcome message and suggestions. */
                api.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { locale: locale } } });
              }
              return next(action);
            };
          };
        });
        var app = document.createElement('div');
        app.className = 'tremplin-webchat__app';
        root.appendChild(app);
        status.textContent = '';
        status.hidden = true;
        root.setAttribute('aria-busy', 'false');
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            locale: locale,
            styleOptions: styleOptions,
            styleSet: styleSetFor(styleOptions),
            adaptiveCardsHostConfig: adaptiveCardsHostConfig,
            overrideLocalizedStrings: STRINGS,
            nonce: nonce,
            role: 'region',
            sendTypingIndicator: false,
          },
          app,
        );
        var restart = document.querySelector('[data-tremplin-restart]');
        if (restart) {
          restart.hidden = false;
          restart.addEventListener('click', function () {
            forget();
            location.reload();
          });
        }
      },
      showFailure,
    );
  }

  if (embedded) {
    /* In the embed's iframe: the parent page asks for focus, and Escape asks it to close. */
    window.addEventListener('message', function (event) {
      if (event.source !== window.parent || !event.data || event.data.type !== 'tremplin:focus') return;
      focusSendBox(50);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' || event.defaultPrevented || window.parent === window) return;
      window.parent.postMessage({ type: 'tremplin:close' }, '*');
    });
  }

  start();
})();
