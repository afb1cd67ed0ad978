/*
 * Tremplin — add the chat to any site with one tag:
 *
 *   <script src="https://<tremplin host>/embed.js" defer></script>
 *
 * A floating button opens a panel holding Tremplin's chat page in an iframe (same conversation
 * across the site's pages, in the same tab). Keyboard: the button is a real button; Escape or
 * "Fermer" closes the panel and puts focus back on the button.
 * Options on the tag: data-lang="en" (default: the page's <html lang>, else French).
 */
(function () {
  'use strict';

  if (window.__tremplinEmbed) return;
  window.__tremplinEmbed = true;

  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, location.href).origin;
  var requested = script.getAttribute('data-lang') || document.documentElement.lang || 'fr';
  var english = /^en/i.test(requested);
  var WORDS = english
    ? { open: 'Questions? Ask Tremplin', title: 'Tremplin, recruitment assistant', close: 'Close', closeLabel: 'Close the chat' }
    : { open: 'Une question ? Demandez à Tremplin', title: 'Tremplin, assistant de recrutement', close: 'Fermer', closeLabel: 'Fermer la conversation' };
  var SVG = 'http://www.w3.org/2000/svg';

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text) node.textContent = text;
    return node;
  }

  /* DSFR's "chat-3" icon, drawn here so the button needs nothing from the host page. */
  function chatIcon() {
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(SVG, 'path');
    path.setAttribute(
      'd',
      'M12 2c5.523 0 10 4.477 10 10s-4.477 10-10 10a9.956 9.956 0 0 1-4.709-1.176L2 22l1.176-5.291A9.956 9.956 0 0 1 2 12C2 6.477 6.477 2 12 2Zm0 2a8 8 0 0 0-8 8c0 1.334.325 2.618.94 3.766l.349.653-.655 2.947 2.947-.655.653.35A7.955 7.955 0 0 0 12 20a8 8 0 0 0 0-16Z',
    );
    svg.appendChild(path);
    return svg;
  }

  var stylesheet = element('link', { rel: 'stylesheet', href: origin + '/assets/site/embed.css' });
  document.head.appendChild(stylesheet);

  var launcher = element('button', {
    type: 'button',
    class: 'tremplin-embed__launcher',
    'aria-expanded': 'false',
    'aria-controls': 'tremplin-embed-panel',
    lang: english ? 'en' : 'fr',
  });
  launcher.appendChild(chatIcon());
  launcher.appendChild(element('span', {}, WORDS.open));

  var panel = element('div', {
    id: 'tremplin-embed-panel',
    class: 'tremplin-embed__panel',
    role: 'dialog',
    'aria-label': WORDS.title,
    lang: english ? 'en' : 'fr',
  });
  panel.hidden = true;
  var header = element('div', { class: 'tremplin-embed__header' });
  header.appendChild(element('p', { class: 'tremplin-embed__title' }, 'Tremplin'));
  var closeButton = element('button', { type: 'button', class: 'tremplin-embed__close', 'aria-label': WORDS.closeLabel }, WORDS.close);
  header.appendChild(closeButton);
  panel.appendChild(header);

  var frame = null;
  var frameReady = false;

  function focusChat() {
    if (!frame) return;
    frame.focus();
    if (frameReady && frame.contentWindow) frame.contentWindow.postMessage({ type: 'tremplin:focus' }, origin);
  }

  function open() {
    if (!frame) {
      frame = element('iframe', {
        class: 'tremplin-embed__frame',
        title: WORDS.title,
        src: origin + '/chat?embed=1' + (english ? '&lang=en' : ''),
      });
      frame.addEventListener('load', function () {
        frameReady = true;
        if (!panel.hidden) focusChat();
      });
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    focusChat();
  }

  function close() {
    if (panel.hidden) return;
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher.addEventListener('click', function () {
    if (panel.hidden) open();
    else close();
  });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  /* Escape pressed inside the chat (the iframe) arrives as a message. */
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    if (event.data && event.data.type === 'tremplin:close') close();
  });

  function mount() {
    document.body.appendChild(panel);
    document.body.appendChild(launcher);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
