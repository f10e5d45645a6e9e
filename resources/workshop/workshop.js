// The live workshop's page (docs/workshop.md): join with the session code and a name, score the
// open driver one element at a time, see the group's spread once the facilitator reveals it.
// It talks only to the server it came from, through the participants' interface (JSON over HTTP).
// Everything shown is set as text: no markup is ever built from data (the server's Trusted Types
// policy would refuse it anyway).
'use strict';

(() => {
  // The page's own words, in English and Welsh (terms from docs/glossary-cy.md). What the round
  // holds (drivers, elements, level descriptors) comes from the server in its own language.
  const TEXT = {
    en: {
      product: 'QDF Workbench · Live workshop',
      switchTo: 'Cymraeg',
      joinTitle: 'Join the workshop',
      codeLabel: 'Session code',
      codeHint: 'The six characters on the screen at the front.',
      next: 'Next',
      whoTitle: 'Who are you?',
      pickName: 'Pick your name',
      typeName: 'Or type your name if it is not listed',
      typedHint: 'The facilitator confirms a typed name before you can score.',
      join: 'Join',
      notSure: 'Not sure',
      previous: 'Previous',
      nextElement: 'Next',
      elements: 'Elements',
      yourScores: 'Your scores',
      resultsTitle: "The group's scores",
      resultsIntro: "How everyone scored each element, the biggest differences first. Nobody's name is shown.",
      seeResults: "The group's scores so far",
      backToScoring: 'Back to scoring',
      waitingConfirmTitle: 'Waiting for the facilitator',
      waitingConfirmText: 'The facilitator confirms your name, %1, before you score. This page goes on by itself.',
      waitingDriverTitle: 'Waiting for the next driver',
      waitingDriverText: 'The facilitator opens the next driver for scoring. Your scores so far are saved.',
      allDoneTitle: 'Every driver has been scored',
      allDoneText: 'Thank you. Your scores are saved; the facilitator reveals the group\'s scores.',
      elementOf: 'Element %1 of %2',
      level: 'Level %1',
      saved: 'Saved: level %1 for “%2”.',
      savedNotSure: 'Saved: not sure for “%1”.',
      notScored: 'not scored yet',
      closedNow: 'The facilitator has closed this driver: your scores are saved.',
      joinedAs: 'You are %1.',
      offline: "Cannot reach the facilitator's laptop; trying again…",
      wrongCode: "That is not this session's code: check the code on the screen.",
      needCode: 'Type the session code from the screen.',
      needName: 'Pick your name or type it.',
      tooMany: 'Too many tries: wait a moment, then try again.',
      removed: 'This device is not in the session (any more): join again.',
      spread: 'Spread %1: from level %2 to level %3',
      noneRated: 'Nobody scored it',
      notSureCount: 'Not sure: %1',
      yours: 'Your score: %1',
      yoursNotSure: 'Your score: not sure',
      problem: 'That did not work: %1',
      questionTitle: 'A question for everyone',
      answerLabel: 'Your answer',
      answerHint: 'A few words or sentences, up to 1000 characters. You can send more than one.',
      send: 'Send',
      sentTitle: 'What you have sent',
      answerSent: 'Sent: your answer is with the facilitator.',
      needAnswer: 'Write your answer first.',
      kept: '(kept for the answer)',
      waitingQuestionTitle: 'Waiting for a question',
      waitingQuestionText: 'The facilitator opens a question for everyone to answer. This page goes on by itself.',
    },
    cy: {
      product: 'QDF Workbench · Gweithdy byw',
      switchTo: 'English',
      joinTitle: "Ymuno â'r gweithdy",
      codeLabel: 'Cod y sesiwn',
      codeHint: 'Y chwe nod ar y sgrin yn y blaen.',
      next: 'Nesaf',
      whoTitle: 'Pwy ydych chi?',
      pickName: 'Dewiswch eich enw',
      typeName: "Neu teipiwch eich enw os nad yw ar y rhestr",
      typedHint: "Mae'r hwylusydd yn cadarnhau enw wedi'i deipio cyn y gallwch sgorio.",
      join: 'Ymuno',
      notSure: 'Ansicr',
      previous: 'Blaenorol',
      nextElement: 'Nesaf',
      elements: 'Elfennau',
      yourScores: 'Eich sgoriau',
      resultsTitle: "Sgoriau'r grŵp",
      resultsIntro: 'Sut sgoriodd pawb bob elfen, y gwahaniaethau mwyaf yn gyntaf. Ni ddangosir enw neb.',
      seeResults: "Sgoriau'r grŵp hyd yma",
      backToScoring: "Yn ôl i'r sgorio",
      waitingConfirmTitle: 'Yn aros am yr hwylusydd',
      waitingConfirmText: "Mae'r hwylusydd yn cadarnhau eich enw, %1, cyn i chi sgorio. Bydd y dudalen hon yn symud ymlaen ohoni ei hun.",
      waitingDriverTitle: "Yn aros am y sbardun nesaf",
      waitingDriverText: "Bydd yr hwylusydd yn agor y sbardun nesaf i'w sgorio. Mae eich sgoriau hyd yma wedi'u cadw.",
      allDoneTitle: "Mae pob sbardun wedi'i sgorio",
      allDoneText: "Diolch. Mae eich sgoriau wedi'u cadw; bydd yr hwylusydd yn dangos sgoriau'r grŵp.",
      elementOf: 'Elfen %1 o %2',
      level: 'Lefel %1',
      saved: "Wedi'i gadw: lefel %1 ar gyfer “%2”.",
      savedNotSure: "Wedi'i gadw: ansicr ar gyfer “%1”.",
      notScored: 'heb ei sgorio eto',
      closedNow: "Mae'r hwylusydd wedi cau'r sbardun hwn: mae eich sgoriau wedi'u cadw.",
      joinedAs: 'Chi yw %1.',
      offline: "Methu cyrraedd gliniadur yr hwylusydd; yn rhoi cynnig arall arni…",
      wrongCode: "Nid dyna god y sesiwn hon: gwiriwch y cod ar y sgrin.",
      needCode: "Teipiwch god y sesiwn o'r sgrin.",
      needName: 'Dewiswch eich enw neu ei deipio.',
      tooMany: 'Gormod o gynigion: arhoswch eiliad, yna rhowch gynnig arall arni.',
      removed: "Nid yw'r ddyfais hon yn y sesiwn (bellach): ymunwch eto.",
      spread: 'Ystod %1: o lefel %2 i lefel %3',
      noneRated: 'Ni sgoriodd neb hi',
      notSureCount: 'Ansicr: %1',
      yours: 'Eich sgôr: %1',
      yoursNotSure: 'Eich sgôr: ansicr',
      problem: "Ni weithiodd hynny: %1",
      questionTitle: "Cwestiwn i bawb",
      answerLabel: 'Eich ateb',
      answerHint: "Ychydig eiriau neu frawddegau, hyd at 1000 nod. Gallwch anfon mwy nag un.",
      send: 'Anfon',
      sentTitle: "Yr hyn rydych wedi'i anfon",
      answerSent: "Wedi'i anfon: mae eich ateb gyda'r hwylusydd.",
      needAnswer: 'Ysgrifennwch eich ateb yn gyntaf.',
      kept: "(wedi'i gadw ar gyfer yr ateb)",
      waitingQuestionTitle: 'Yn aros am gwestiwn',
      waitingQuestionText: "Bydd yr hwylusydd yn agor cwestiwn i bawb ei ateb. Bydd y dudalen hon yn symud ymlaen ohoni ei hun.",
    },
  };
  const POLL_MS = 2000;
  const RETRY_MS = 3000;
  const STORE_KEY = 'qdf-workshop:' + location.port;

  const $ = (id) => document.getElementById(id);
  const sections = ['join-code', 'join-name', 'waiting', 'scoring', 'results'];

  let lang = chooseLanguage();
  let session = load();          // {code, token} once joined
  let state = null;              // the last GET /api/state
  let results = null;            // the last GET /api/results
  let resultsVersion = -1;
  let driverShown = null;
  let index = 0;                 // the element on show in the open driver
  let showingResults = false;
  let timer = null;

  function chooseLanguage() {
    // A link that names the language (…/?lang=cy, as a facilitator may print it) first, then the
    // one this phone chose before, then the browser's.
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked === 'cy' || asked === 'en')
      return asked;
    const saved = localStorage.getItem('qdf-workshop:language');
    if (saved === 'cy' || saved === 'en')
      return saved;
    const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
    return wanted.some((l) => String(l).toLowerCase().startsWith('cy')) ? 'cy' : 'en';
  }

  function t(key, ...args) {
    let text = (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key;
    args.forEach((value, i) => { text = text.split('%' + (i + 1)).join(String(value)); });
    return text;
  }

  function load() {
    try {
      const value = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
      return value && typeof value.token === 'string' ? value : {};
    } catch (e) {
      return {};
    }
  }

  function save() {
    localStorage.setItem(STORE_KEY, JSON.stringify(session));
  }

  // An element with text, never markup.
  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    if (options.text !== undefined)
      node.textContent = options.text;
    if (options.className)
      node.className = options.className;
    if (options.lang)
      node.lang = options.lang;
    for (const [name, value] of Object.entries(options.attributes || {}))
      node.setAttribute(name, value);
    for (const child of children)
      node.append(child);
    return node;
  }

  function show(id) {
    for (const section of sections)
      $(section).hidden = section !== id;
    if (id === 'join-code' || id === 'join-name')
      $('question').hidden = true;
  }

  function say(message, isError = false) {
    $('status').textContent = message;
    $('status').classList.toggle('error', isError);
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t('product');
    for (const node of document.querySelectorAll('[data-text]'))
      node.textContent = t(node.dataset.text);
    for (const node of document.querySelectorAll('[data-label]'))
      node.setAttribute('aria-label', t(node.dataset.label));
    const button = $('language');
    button.textContent = t('switchTo');
    button.lang = lang === 'en' ? 'cy' : 'en';
    if (state)
      render(true);
  }

  async function api(method, path, body) {
    const headers = {};
    if (session.token)
      headers.Authorization = 'Bearer ' + session.token;
    if (body !== undefined)
      headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'omit',
    });
    let data = null;
    if (response.status !== 204) {
      try { data = await response.json(); } catch (e) { data = null; }
    }
    return { status: response.status, data };
  }

  function message(reply) {
    if (reply.status === 429)
      return t('tooMany');
    if (reply.data && reply.data.error === 'wrong-code')
      return t('wrongCode');
    return t('problem', reply.data && reply.data.message ? reply.data.message : reply.status);
  }

  // --- joining ---

  async function submitCode(event) {
    event.preventDefault();
    const code = $('code').value.trim();
    if (!code) {
      say(t('needCode'), true);
      $('code').focus();
      return;
    }
    try {
      const reply = await api('POST', '/api/people', { code });
      if (reply.status !== 200) {
        say(message(reply), true);
        $('code').focus();
        return;
      }
      session = { code };
      showPeople(reply.data.people || []);
    } catch (e) {
      say(t('offline'), true);
    }
  }

  function showPeople(people) {
    const list = $('people');
    list.replaceChildren();
    people.forEach((name, i) => {
      const input = el('input', { attributes: { type: 'radio', name: 'person', id: 'person-' + i } });
      input.value = name;
      list.append(el('label', { className: 'person', attributes: { for: 'person-' + i } }, [input, el('span', { text: name })]));
    });
    $('people-set').hidden = people.length === 0;
    say('');
    show('join-name');
    $('main').focus();
  }

  async function submitName(event) {
    event.preventDefault();
    const picked = document.querySelector('input[name="person"]:checked');
    const name = $('typed-name').value.trim() || (picked ? picked.value : '');
    if (!name) {
      say(t('needName'), true);
      return;
    }
    try {
      const reply = await api('POST', '/api/join', { code: session.code, name });
      if (reply.status !== 201) {
        say(message(reply), true);
        if (reply.data && reply.data.error === 'wrong-code')
          show('join-code');
        return;
      }
      session = { code: session.code, token: reply.data.token };
      save();
      say(t('joinedAs', reply.data.name));
      poll();
    } catch (e) {
      say(t('offline'), true);
    }
  }

  // --- following the session ---

  function schedule(ms) {
    clearTimeout(timer);
    timer = setTimeout(poll, ms);
  }

  async function poll() {
    if (!session.token) {
      show('join-code');
      return;
    }
    try {
      // The round's texts in the page's language (docs/workshop.md, "The phone's language").
      const reply = await api('GET', '/api/state?lang=' + lang);
      if (reply.status === 401) {
        session = {};
        localStorage.removeItem(STORE_KEY);
        state = null;
        say(t('removed'), true);
        show('join-code');
        return;
      }
      if (reply.status === 200) {
        const before = state;
        state = reply.data;
        if (state.revealed && state.version !== resultsVersion) {
          const got = await api('GET', '/api/results?lang=' + lang);
          if (got.status === 200) {
            results = got.data;
            resultsVersion = state.version;
          }
        }
        if (before && before.driver && (!state.driver || state.driver.key !== before.driver.key))
          say(t('closedNow'));
        render(false);
      } else if (reply.status !== 429) {
        say(message(reply), true);
      }
      schedule(POLL_MS);
    } catch (e) {
      say(t('offline'), true);
      schedule(RETRY_MS);
    }
  }

  function ratingOf(key) {
    return state && state.ratings ? state.ratings[key] : undefined;
  }

  function render(again) {
    renderRound(again);
    renderQuestion();
  }

  // The open question, beside the round or on its own. The box keeps what is being typed: only the
  // question's text and the answers already sent are set again as the page follows the session.
  function renderQuestion() {
    const question = state.you.confirmed ? state.question : null;
    $('question').hidden = !question;
    if (!question)
      return;
    $('question-text').textContent = question.text;
    $('question-text').lang = question.textLanguage || 'en';
    const list = $('own-answers');
    list.replaceChildren();
    for (const answer of state.answers || []) {
      const item = el('li', { text: answer.text });
      if (answer.kept)
        item.append(el('span', { text: ' ' + t('kept') }));
      list.append(item);
    }
    $('own-answers-title').hidden = list.childElementCount === 0;
  }

  async function sendAnswer(event) {
    event.preventDefault();
    const text = $('answer').value.trim();
    if (!text) {
      say(t('needAnswer'), true);
      $('answer').focus();
      return;
    }
    try {
      const reply = await api('POST', '/api/answer?lang=' + lang, { text });
      if (reply.status === 204) {
        $('answer').value = '';
        say(t('answerSent'));
        poll();
        return;
      }
      say(message(reply), true);
    } catch (e) {
      say(t('offline'), true);
    }
  }

  function renderRound(again) {
    if (!state.you.confirmed) {
      waiting(t('waitingConfirmTitle'), t('waitingConfirmText', state.you.name));
      return;
    }
    if (!state.round) {
      // A session for an open question only.
      if (state.question) {
        driverShown = null;
        show(null);
      } else {
        waiting(t('waitingQuestionTitle'), t('waitingQuestionText'));
      }
      return;
    }
    if (state.driver && !showingResults) {
      renderScoring(again);
      return;
    }
    if (state.revealed && results) {
      renderResults();
      return;
    }
    const scoredAll = state.drivers.every((d) => d.phase !== 'waiting' && d.phase !== 'open');
    if (scoredAll)
      waiting(t('allDoneTitle'), t('allDoneText'));
    else
      waiting(t('waitingDriverTitle'), t('waitingDriverText'));
  }

  function waiting(title, text) {
    driverShown = null;
    $('waiting-title').textContent = title;
    $('waiting-text').textContent = text;
    show('waiting');
  }

  function renderScoring(again) {
    const driver = state.driver;
    const elements = driver.elements;
    if (driverShown !== driver.key) {
      driverShown = driver.key;
      const first = elements.findIndex((e) => ratingOf(e.key) === undefined);
      index = first >= 0 ? first : 0;
      again = true;
    }
    index = Math.max(0, Math.min(index, elements.length - 1));
    const element = elements[index];
    const textLang = state.textLanguage || 'en';
    $('driver-name').textContent = driver.name;
    $('driver-name').lang = textLang;
    $('element-name').textContent = element.name;
    $('element-name').lang = textLang;
    $('element-position').textContent = t('elementOf', index + 1, elements.length);

    const chosen = ratingOf(element.key);
    const levels = $('levels');
    const focused = document.activeElement ? document.activeElement.id : '';
    if (again || levels.dataset.element !== element.key) {
      levels.replaceChildren();
      levels.dataset.element = element.key;
      element.descriptors.forEach((descriptor, i) => {
        const level = i + 1;
        const title = state.levels && state.levels[i] ? t('level', level) + ' · ' + state.levels[i] : t('level', level);
        const button = el('button', { className: 'level', attributes: { type: 'button', id: 'level-' + level } },
          [el('span', { className: 'title', text: title }), el('span', { text: descriptor, lang: textLang })]);
        button.addEventListener('click', () => choose(element, level));
        levels.append(button);
      });
    }
    for (let level = 1; level <= 4; ++level)
      $('level-' + level).setAttribute('aria-pressed', chosen === level ? 'true' : 'false');
    $('not-sure').setAttribute('aria-pressed', chosen === 'not sure' ? 'true' : 'false');
    $('previous').disabled = index === 0;
    $('next-element').disabled = index === elements.length - 1;

    const overview = $('overview');
    overview.replaceChildren();
    elements.forEach((e, i) => {
      const rating = ratingOf(e.key);
      const shown = rating === undefined ? t('notScored') : rating === 'not sure' ? t('notSure') : t('level', rating);
      const button = el('button', { attributes: { type: 'button', id: 'overview-' + i } },
        [el('span', { text: e.name, lang: textLang }), el('span', { text: ' — ' + shown })]);
      if (i === index)
        button.setAttribute('aria-current', 'step');
      button.addEventListener('click', () => go(i));
      overview.append(el('li', {}, [button]));
    });
    const extra = $('see-results');
    if (extra)
      extra.remove();
    if (state.revealed && results) {
      const button = el('button', { text: t('seeResults'), attributes: { type: 'button', id: 'see-results' } });
      button.addEventListener('click', () => { showingResults = true; renderResults(); $('main').focus(); });
      $('scoring').append(button);
    }
    show('scoring');
    if (focused && $(focused) && document.activeElement !== $(focused))
      $(focused).focus();
  }

  function go(i) {
    index = i;
    render(true);
    $('element-name').focus();
  }

  async function choose(element, level) {
    const value = level === 0 ? 'not sure' : level;
    try {
      const reply = await api('POST', '/api/rate', { element: element.key, level: value });
      if (reply.status === 204) {
        state.ratings[element.key] = value;
        say(level === 0 ? t('savedNotSure', element.name) : t('saved', level, element.name));
        render(false);
        return;
      }
      say(message(reply), true);
      poll();
    } catch (e) {
      say(t('offline'), true);
    }
  }

  function renderResults() {
    const list = $('result-list');
    list.replaceChildren();
    const textLang = state.textLanguage || 'en';
    for (const r of results.elements) {
      const most = Math.max(1, ...['1', '2', '3', '4'].map((k) => r.counts[k]));
      const bars = el('ul', { className: 'bars' });
      for (const k of ['1', '2', '3', '4']) {
        const bar = el('span', { className: 'bar', attributes: { 'aria-hidden': 'true' } });
        bar.style.width = (100 * r.counts[k] / most) + '%';
        bars.append(el('li', {}, [el('span', { text: t('level', k) }), bar, el('span', { className: 'count', text: String(r.counts[k]) })]));
      }
      const mine = ratingOf(r.key);
      const parts = [
        el('h2', { text: r.name, lang: textLang }),
        el('p', { className: 'driver', text: r.driverName, lang: textLang }),
        el('p', { className: 'spread', text: r.rated ? t('spread', r.spread, r.min, r.max) : t('noneRated') }),
        bars,
      ];
      if (r.notSure)
        parts.push(el('p', { text: t('notSureCount', r.notSure) }));
      if (mine !== undefined)
        parts.push(el('p', { className: 'yours', text: mine === 'not sure' ? t('yoursNotSure') : t('yours', mine) }));
      list.append(el('section', { className: 'result', attributes: { 'aria-label': r.name } }, parts));
    }
    const back = $('back-to-scoring');
    if (back)
      back.remove();
    if (state.driver) {
      const button = el('button', { text: t('backToScoring'), attributes: { type: 'button', id: 'back-to-scoring' } });
      button.addEventListener('click', () => { showingResults = false; render(true); $('element-name').focus(); });
      $('results').prepend(button);
    }
    driverShown = state.driver ? driverShown : null;
    show('results');
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('code-form').addEventListener('submit', submitCode);
    $('name-form').addEventListener('submit', submitName);
    $('answer-form').addEventListener('submit', sendAnswer);
    $('previous').addEventListener('click', () => go(index - 1));
    $('next-element').addEventListener('click', () => go(index + 1));
    $('not-sure').addEventListener('click', () => {
      const element = state && state.driver ? state.driver.elements[index] : null;
      if (element)
        choose(element, 0);
    });
    $('language').addEventListener('click', () => {
      lang = lang === 'en' ? 'cy' : 'en';
      localStorage.setItem('qdf-workshop:language', lang);
      // The choice made here outlasts the link's: the address loses its ?lang.
      if (new URLSearchParams(location.search).has('lang'))
        history.replaceState(null, '', location.pathname);
      applyLanguage();
      // The round's texts again, in the language now chosen.
      resultsVersion = -1;
      if (session.token)
        poll();
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && session.token)
        poll();
    });
    applyLanguage();
    if (session.token)
      poll();
    else
      show('join-code');
  });
})();
