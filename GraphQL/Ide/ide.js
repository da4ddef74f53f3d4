(() => {
  'use strict';

  const endpoint = location.pathname;
  const storageKey = 'graphql-ide:' + endpoint + ':';
  const $ = (selector) => document.querySelector(selector);

  // ---------- small helpers ----------

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'class') node.className = value;
      else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  }

  const saved = {
    get(name, fallback) {
      try {
        const value = localStorage.getItem(storageKey + name);
        return value === null ? fallback : JSON.parse(value);
      } catch {
        return fallback;
      }
    },
    set(name, value) {
      try {
        localStorage.setItem(storageKey + name, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the IDE still works, it just forgets.
      }
    },
  };

  // ---------- GraphQL lexer ----------

  const punctuators = new Set(['!', '$', '&', '(', ')', ':', '=', '@', '[', ']', '{', '|', '}']);
  const keywords = new Set(['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null']);

  function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
      const start = i;
      const c = text[i];
      let kind;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === '\ufeff') {
        while (i < text.length && ' \t\n\r,\ufeff'.includes(text[i])) i++;
        kind = 'ws';
      } else if (c === '#') {
        while (i < text.length && text[i] !== '\n') i++;
        kind = 'comment';
      } else if (c === '"') {
        if (text.startsWith('"""', i)) {
          const close = text.indexOf('"""', i + 3);
          i = close < 0 ? text.length : close + 3;
        } else {
          i++;
          while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
          if (text[i] === '"') i++;
        }
        kind = 'string';
      } else if (c === '.' && text.startsWith('...', i)) {
        i += 3;
        kind = 'spread';
      } else if (/[A-Za-z_]/.test(c)) {
        while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
        kind = 'name';
      } else if (c === '$' && /[A-Za-z_]/.test(text[i + 1] || '')) {
        i++;
        while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
        kind = 'variable';
      } else if (c === '@' && /[A-Za-z_]/.test(text[i + 1] || '')) {
        i++;
        while (i < text.length && /[A-Za-z0-9_]/.test(text[i])) i++;
        kind = 'directive';
      } else if (/[-0-9]/.test(c)) {
        i++;
        while (i < text.length && /[0-9.eE+-]/.test(text[i])) i++;
        kind = 'number';
      } else if (punctuators.has(c)) {
        i++;
        kind = 'punct';
      } else {
        i++;
        kind = 'invalid';
      }
      tokens.push({ kind, start, end: i, text: text.slice(start, i) });
    }
    return tokens;
  }

  // Names get their role from their neighbours: keyword, type, argument or alias, field.
  function classify(tokens) {
    const significant = tokens.filter((t) => t.kind !== 'ws' && t.kind !== 'comment');
    let parens = 0;
    let inVariableDefinitions = false;
    for (let k = 0; k < significant.length; k++) {
      const token = significant[k];
      const previous = significant[k - 1];
      const next = significant[k + 1];
      if (token.text === '(') {
        parens++;
        inVariableDefinitions = previous && previous.kind === 'name' && (keywords.has(significant[k - 2] && significant[k - 2].text) || keywords.has(previous.text));
      } else if (token.text === ')') {
        parens = Math.max(0, parens - 1);
        inVariableDefinitions = false;
      }
      if (token.kind !== 'name') {
        token.role = token.kind;
        continue;
      }
      const afterOn = previous && previous.kind === 'name' && previous.text === 'on';
      const afterTypePosition = previous && (previous.text === ':' || previous.text === '[') && inVariableDefinitions;
      const isFragmentName = previous && previous.text === 'fragment';
      const isOperationName = previous && ['query', 'mutation', 'subscription'].includes(previous.text) && (!significant[k - 2] || significant[k - 2].text === '}');
      if (afterOn || afterTypePosition) token.role = 'type';
      else if (keywords.has(token.text) && !(next && next.text === ':')) token.role = 'keyword';
      else if (isOperationName || isFragmentName || (previous && previous.kind === 'spread')) token.role = 'definition';
      else if (next && next.text === ':') token.role = 'arg';
      else if (parens > 0 && previous && previous.text === ':') token.role = 'literal';
      else token.role = 'field';
    }
    return tokens;
  }

  const roleClass = {
    keyword: 't-keyword', definition: 't-definition', field: 't-field', type: 't-type', arg: 't-arg', literal: 't-literal', variable: 't-variable',
    directive: 't-directive', string: 't-string', number: 't-number', comment: 't-comment', punct: 't-punct', spread: 't-punct', invalid: 't-invalid',
  };

  function highlightGraphQL(text) {
    return classify(tokenize(text)).map((token) => {
      const css = roleClass[token.role || token.kind];
      return css ? '<span class="' + css + '">' + escapeHtml(token.text) + '</span>' : escapeHtml(token.text);
    }).join('');
  }

  function highlightJson(text) {
    return escapeHtml(text).replace(
      /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g,
      (match, string, colon, literal, number) => {
        if (string) return '<span class="' + (colon ? 't-key' : 't-string') + '">' + string + '</span>' + (colon || '');
        if (literal) return '<span class="t-literal">' + literal + '</span>';
        return '<span class="t-number">' + number + '</span>';
      });
  }

  // ---------- editors: a textarea over its highlighted copy ----------

  function makeEditor(container, highlight, name, fallback) {
    const textarea = container.querySelector('textarea');
    const code = container.querySelector('pre code');
    const pre = container.querySelector('pre');
    const render = () => {
      code.innerHTML = highlight(textarea.value) + '\n';
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    };
    textarea.value = saved.get(name, fallback);
    textarea.addEventListener('input', () => {
      render();
      saved.set(name, textarea.value);
    });
    textarea.addEventListener('scroll', () => {
      pre.scrollTop = textarea.scrollTop;
      pre.scrollLeft = textarea.scrollLeft;
    });
    textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Tab' && !event.shiftKey && !completion.isOpen()) {
        event.preventDefault();
        insert(textarea, '  ');
      }
    });
    render();
    return {
      textarea,
      render,
      get value() { return textarea.value; },
      set value(text) {
        textarea.value = text;
        saved.set(name, text);
        render();
      },
    };
  }

  function insert(textarea, text, from = textarea.selectionStart, to = textarea.selectionEnd) {
    textarea.setRangeText(text, from, to, 'end');
    textarea.dispatchEvent(new Event('input'));
  }

  // ---------- schema from introspection ----------

  const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }`;

  let schema = null;

  function typeName(ref) {
    if (ref.kind === 'NON_NULL') return typeName(ref.ofType) + '!';
    if (ref.kind === 'LIST') return '[' + typeName(ref.ofType) + ']';
    return ref.name;
  }

  function namedTypeOf(ref) {
    while (ref && ref.ofType) ref = ref.ofType;
    return ref ? schema.types.get(ref.name) : null;
  }

  async function loadSchema() {
    try {
      const response = await post({ query: introspectionQuery, operationName: 'IntrospectionQuery' }, headersValue());
      const body = await response.json();
      if (!body.data) throw new Error((body.errors || []).map((e) => e.message).join('\n') || 'HTTP ' + response.status);
      const raw = body.data.__schema;
      schema = {
        types: new Map(raw.types.map((t) => [t.name, t])),
        query: raw.queryType && raw.queryType.name,
        mutation: raw.mutationType && raw.mutationType.name,
        subscription: raw.subscriptionType && raw.subscriptionType.name,
      };
      docs.show(docs.current());
    } catch (error) {
      $('#docs-body').replaceChildren(element('p', { class: 'empty' }, 'The schema could not be loaded: ' + error.message));
    }
  }

  // ---------- completion ----------

  function completionContext(text, position) {
    const tokens = tokenize(text.slice(0, position)).filter((t) => t.kind !== 'ws' && t.kind !== 'comment');
    let prefix = '';
    let last = tokens[tokens.length - 1];
    if (last && last.kind === 'name' && last.end === position) {
      prefix = last.text;
      tokens.pop();
      last = tokens[tokens.length - 1];
    }
    const selections = [];
    const parens = [];
    let pendingType = null;
    let lastField = null;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      const previous = tokens[k - 1];
      const current = selections[selections.length - 1];
      if (token.kind === 'name' && parens.length === 0) {
        if (selections.length === 0) {
          if (token.text === 'query') pendingType = schema.query;
          else if (token.text === 'mutation') pendingType = schema.mutation;
          else if (token.text === 'subscription') pendingType = schema.subscription;
        } else if (previous && previous.kind === 'name' && previous.text === 'on') {
          pendingType = token.text;
        } else if (token.text !== 'on' && !(previous && previous.kind === 'spread') && !(tokens[k + 1] && tokens[k + 1].text === ':')) {
          const type = current && schema.types.get(current);
          lastField = type && type.fields ? type.fields.find((f) => f.name === token.text) : null;
          pendingType = lastField ? namedTypeOf(lastField.type)?.name : null;
        }
        if (selections.length === 0 && previous && previous.kind === 'name' && previous.text === 'on') pendingType = token.text;
      } else if (token.text === '{' && parens.length === 0) {
        selections.push(pendingType || (selections.length === 0 ? schema.query : null));
        pendingType = null;
      } else if (token.text === '}' && parens.length === 0) {
        selections.pop();
        pendingType = null;
      } else if (token.text === '(') {
        // Arguments of a field (none known for a directive), or an operation's variable definitions.
        const owner = previous && previous.kind === 'directive' ? [] : lastField ? lastField.args : [];
        parens.push(selections.length > 0 ? { inputs: [owner], pending: null } : 'variables');
      } else if (token.text === ')') {
        parens.pop();
      } else if (parens.length > 0 && parens[parens.length - 1] !== 'variables') {
        const entry = parens[parens.length - 1];
        const inputs = entry.inputs[entry.inputs.length - 1];
        if (token.kind === 'name' && tokens[k + 1] && tokens[k + 1].text === ':') {
          entry.pending = token.text;
        } else if (token.text === '{') {
          const value = inputs.find((v) => v.name === entry.pending);
          const type = value && namedTypeOf(value.type);
          entry.inputs.push((type && type.inputFields) || []);
        } else if (token.text === '}' && entry.inputs.length > 1) {
          entry.inputs.pop();
        }
      }
    }
    const start = position - prefix.length;
    const inParens = parens[parens.length - 1];
    if (last && last.kind === 'name' && last.text === 'on') return { kind: 'types', prefix, start, filter: (t) => ['OBJECT', 'INTERFACE', 'UNION'].includes(t.kind) };
    if (inParens === 'variables') {
      return last && (last.text === ':' || last.text === '[')
        ? { kind: 'types', prefix, start, filter: (t) => ['SCALAR', 'ENUM', 'INPUT_OBJECT'].includes(t.kind) }
        : null;
    }
    if (inParens) {
      // Argument names, or the fields of the input object being written.
      const inputs = inParens.inputs[inParens.inputs.length - 1];
      if (last && last.text === ':') {
        const value = inputs.find((v) => v.name === inParens.pending);
        const type = value && namedTypeOf(value.type);
        if (type && type.kind === 'ENUM') return { kind: 'values', prefix, start, items: type.enumValues.map((v) => ({ label: v.name, detail: type.name })) };
        if (type && type.name === 'Boolean') return { kind: 'values', prefix, start, items: [{ label: 'true', detail: 'Boolean' }, { label: 'false', detail: 'Boolean' }] };
        return null;
      }
      return { kind: 'values', prefix, start, items: inputs.map((v) => ({ label: v.name, detail: typeName(v.type) })) };
    }
    const typeNameHere = selections[selections.length - 1];
    const type = typeNameHere && schema.types.get(typeNameHere);
    if (!type) return null;
    const items = (type.fields || []).map((f) => ({ label: f.name, detail: typeName(f.type), deprecated: f.isDeprecated }));
    items.push({ label: '__typename', detail: 'String!' });
    return { kind: 'values', prefix, start, items };
  }

  const completion = (() => {
    const list = $('#completion');
    let items = [];
    let active = 0;
    let context = null;
    let textarea = null;

    function open(target, force) {
      textarea = target;
      if (!schema) return close();
      const position = textarea.selectionStart;
      context = completionContext(textarea.value, position);
      if (!context || (!force && context.prefix === '')) return close();
      const source = context.kind === 'types'
        ? [...schema.types.values()].filter((t) => !t.name.startsWith('__') && context.filter(t)).map((t) => ({ label: t.name, detail: t.kind.toLowerCase() }))
        : context.items;
      // A name typed out in full needs no list, and Enter must then break the line.
      if (!force && source.some((item) => item.label === context.prefix)) return close();
      const lower = context.prefix.toLowerCase();
      items = source
        .filter((item) => item.label.toLowerCase().includes(lower) && item.label !== context.prefix)
        .sort((a, b) => Number(!a.label.toLowerCase().startsWith(lower)) - Number(!b.label.toLowerCase().startsWith(lower)) || Number(!!a.deprecated) - Number(!!b.deprecated))
        .slice(0, 50);
      if (items.length === 0) return close();
      active = 0;
      render();
      place();
      list.hidden = false;
    }

    function render() {
      list.replaceChildren(...items.map((item, index) => element('li', {
        role: 'option',
        class: index === active ? 'active' : '',
        'aria-selected': String(index === active),
        onmousedown: (event) => {
          event.preventDefault();
          active = index;
          accept();
        },
      }, element('span', { class: 'label' }, item.label), element('span', { class: 'detail' }, item.detail || ''))));
      const current = list.children[active];
      if (current) current.scrollIntoView({ block: 'nearest' });
    }

    function place() {
      const style = getComputedStyle(textarea);
      const lineHeight = parseFloat(style.lineHeight);
      const before = textarea.value.slice(0, textarea.selectionStart).split('\n');
      const column = before[before.length - 1].length - context.prefix.length;
      const top = before.length * lineHeight + parseFloat(style.paddingTop) - textarea.scrollTop + 2;
      const left = column * charWidth(style) + parseFloat(style.paddingLeft) - textarea.scrollLeft;
      list.style.top = Math.max(0, top) + 'px';
      list.style.left = Math.max(0, left) + 'px';
    }

    function accept() {
      const item = items[active];
      if (!item) return close();
      insert(textarea, item.label, context.start, textarea.selectionStart);
      close();
    }

    function close() {
      list.hidden = true;
      items = [];
    }

    function keydown(event) {
      if (list.hidden) {
        if (event.key === ' ' && event.ctrlKey) {
          event.preventDefault();
          open(event.target, true);
        }
        return;
      }
      if (['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(event.key) && !event.ctrlKey && !event.metaKey) {
        // The list has the key: the editor must not also indent or break the line.
        event.stopImmediatePropagation();
      }
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        render();
      } else if (event.key === 'Enter' || event.key === 'Tab') {
        if (event.ctrlKey || event.metaKey) return close();
        event.preventDefault();
        accept();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
    }

    return { open, close, keydown, isOpen: () => !list.hidden };
  })();

  let measuredCharWidth = 0;
  function charWidth(style) {
    if (!measuredCharWidth) {
      const probe = element('span', {}, 'M'.repeat(40));
      probe.style.font = style.font;
      probe.style.position = 'absolute';
      probe.style.visibility = 'hidden';
      document.body.append(probe);
      measuredCharWidth = probe.getBoundingClientRect().width / 40;
      probe.remove();
    }
    return measuredCharWidth;
  }

  // ---------- documentation explorer ----------

  const docs = (() => {
    const stack = [];
    const body = $('#docs-body');
    const nav = $('#docs-nav');
    const search = $('#docs-search');

    function typeLink(ref) {
      const name = typeName(ref);
      const named = ref.name || namedTypeOf(ref)?.name;
      const match = name.match(/^(\[*)(\w+)(.*)$/);
      return element('span', {}, match[1], element('a', { class: 'type-name', onclick: () => push({ type: named }) }, match[2]), match[3]);
    }

    function description(text) {
      return text ? element('p', {}, text) : null;
    }

    function fieldItem(type, field) {
      const args = field.args && field.args.length
        ? element('span', {}, '(', ...field.args.flatMap((a, i) => [i ? ', ' : '', a.name + ': ', typeLink(a.type)]), ')')
        : null;
      return element('li', {},
        element('a', { class: 'field-name', onclick: () => push({ type: type.name, field: field.name }) }, field.name),
        args, ': ', typeLink(field.type),
        field.isDeprecated ? element('span', { class: 'deprecated' }, ' deprecated') : null,
        description(field.description));
    }

    function rootView() {
      const roots = [['query', schema.query], ['mutation', schema.mutation], ['subscription', schema.subscription]].filter(([, name]) => name);
      const others = [...schema.types.values()].filter((t) => !t.name.startsWith('__') && !roots.some(([, name]) => name === t.name))
        .sort((a, b) => a.name.localeCompare(b.name));
      return [
        element('h2', {}, 'Schema'),
        element('h3', {}, 'Root types'),
        element('ul', {}, ...roots.map(([operation, name]) => element('li', {}, operation + ': ', element('a', { class: 'type-name', onclick: () => push({ type: name }) }, name)))),
        element('h3', {}, 'All types'),
        element('ul', {}, ...others.map((t) => element('li', {}, element('a', { class: 'type-name', onclick: () => push({ type: t.name }) }, t.name), element('span', { class: 'kind' }, ' ' + t.kind.toLowerCase().replace('_', ' '))))),
      ];
    }

    function typeView(type) {
      const parts = [element('h2', {}, type.name), element('div', { class: 'kind' }, type.kind.toLowerCase().replace('_', ' ')), description(type.description)];
      if (type.interfaces && type.interfaces.length) parts.push(element('h3', {}, 'Implements'), element('ul', {}, ...type.interfaces.map((i) => element('li', {}, typeLink(i)))));
      if (type.fields) parts.push(element('h3', {}, 'Fields'), element('ul', {}, ...type.fields.map((f) => fieldItem(type, f))));
      if (type.inputFields) parts.push(element('h3', {}, 'Input fields'), element('ul', {}, ...type.inputFields.map((f) => element('li', {}, f.name + ': ', typeLink(f.type), f.defaultValue ? ' = ' + f.defaultValue : '', description(f.description)))));
      if (type.enumValues) parts.push(element('h3', {}, 'Values'), element('ul', {}, ...type.enumValues.map((v) => element('li', {}, v.name, v.isDeprecated ? element('span', { class: 'deprecated' }, ' deprecated') : null, description(v.description)))));
      if (type.possibleTypes && type.possibleTypes.length) parts.push(element('h3', {}, 'Possible types'), element('ul', {}, ...type.possibleTypes.map((p) => element('li', {}, typeLink(p)))));
      return parts;
    }

    function fieldView(type, field) {
      const parts = [element('h2', {}, field.name), element('div', { class: 'kind' }, 'field of ', element('a', { class: 'type-name', onclick: () => push({ type: type.name }) }, type.name)), description(field.description),
        element('h3', {}, 'Type'), element('ul', {}, element('li', {}, typeLink(field.type)))];
      if (field.args.length) parts.push(element('h3', {}, 'Arguments'), element('ul', {}, ...field.args.map((a) => element('li', {}, a.name + ': ', typeLink(a.type), a.defaultValue ? ' = ' + a.defaultValue : '', description(a.description)))));
      if (field.isDeprecated) parts.push(element('h3', {}, 'Deprecated'), element('p', {}, field.deprecationReason || ''));
      return parts;
    }

    function searchView(term) {
      const lower = term.toLowerCase();
      const types = [];
      const fields = [];
      for (const type of schema.types.values()) {
        if (type.name.startsWith('__')) continue;
        if (type.name.toLowerCase().includes(lower)) types.push(type);
        for (const field of type.fields || []) {
          if (field.name.toLowerCase().includes(lower)) fields.push([type, field]);
        }
      }
      return [
        element('h3', {}, 'Types'),
        types.length ? element('ul', {}, ...types.slice(0, 50).map((t) => element('li', {}, element('a', { class: 'type-name', onclick: () => push({ type: t.name }) }, t.name)))) : element('p', { class: 'empty' }, 'No types match.'),
        element('h3', {}, 'Fields'),
        fields.length ? element('ul', {}, ...fields.slice(0, 50).map(([t, f]) => element('li', {}, t.name + '.', element('a', { class: 'field-name', onclick: () => push({ type: t.name, field: f.name }) }, f.name), ': ', typeLink(f.type)))) : element('p', { class: 'empty' }, 'No fields match.'),
      ];
    }

    function current() {
      return stack[stack.length - 1] || null;
    }

    function push(place) {
      search.value = '';
      stack.push(place);
      show(place);
    }

    function back() {
      stack.pop();
      show(current());
    }

    function label(place) {
      return place ? (place.field ? place.type + '.' + place.field : place.type) : 'Schema';
    }

    function show(place) {
      if (!schema) return;
      const term = search.value.trim();
      nav.replaceChildren(stack.length && !term ? element('a', { href: '#', onclick: (event) => { event.preventDefault(); back(); } }, label(stack[stack.length - 2])) : '');
      if (term) {
        body.replaceChildren(...searchView(term).filter(Boolean));
        return;
      }
      const type = place && schema.types.get(place.type);
      const field = type && place.field && (type.fields || []).find((f) => f.name === place.field);
      body.replaceChildren(...(field ? fieldView(type, field) : type ? typeView(type) : rootView()).filter(Boolean));
      body.scrollTop = 0;
    }

    search.addEventListener('input', () => show(current()));
    return { show, current, push };
  })();

  // ---------- running operations ----------

  function headersValue() {
    const text = headers.value.trim();
    if (!text) return {};
    const parsed = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('Headers must be a JSON object.');
    return parsed;
  }

  function post(body, extraHeaders) {
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...extraHeaders },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  }

  // The operation to run: the only one, or the one around the cursor.
  function operationAt(text, position) {
    const tokens = tokenize(text).filter((t) => t.kind !== 'ws' && t.kind !== 'comment');
    const operations = [];
    let depth = 0;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      if (depth === 0 && token.kind === 'name' && ['query', 'mutation', 'subscription'].includes(token.text)) {
        const name = tokens[k + 1] && tokens[k + 1].kind === 'name' ? tokens[k + 1].text : null;
        operations.push({ name, start: token.start });
      } else if (depth === 0 && token.text === '{' && (k === 0 || tokens[k - 1].text === '}')) {
        operations.push({ name: null, start: token.start });
      } else if (depth === 0 && token.kind === 'name' && token.text === 'fragment') {
        operations.push({ fragment: true, start: token.start });
      }
      if (token.text === '{') depth++;
      if (token.text === '}') depth = Math.max(0, depth - 1);
    }
    const named = operations.filter((o) => !o.fragment);
    if (named.length <= 1) return named[0] ? named[0].name : null;
    let chosen = named[0];
    for (const operation of operations) {
      if (operation.start <= position && !operation.fragment) chosen = operation;
    }
    return chosen.name;
  }

  function showResult(text, highlighted) {
    const result = $('#result');
    result.classList.remove('placeholder');
    result.innerHTML = highlighted ? highlightJson(text) : escapeHtml(text);
  }

  function setStatus(text, isError) {
    const status = $('#status');
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }

  async function run() {
    const button = $('#run');
    completion.close();
    let variables;
    let extraHeaders;
    try {
      variables = variablesEditor.value.trim() ? JSON.parse(variablesEditor.value) : undefined;
      extraHeaders = headersValue();
    } catch (error) {
      setStatus('Invalid JSON', true);
      showResult(error.message, false);
      return;
    }
    const operationName = operationAt(query.value, query.textarea.selectionStart);
    button.disabled = true;
    setStatus('Running…');
    const started = performance.now();
    try {
      const response = await post({ query: query.value, variables, operationName: operationName || undefined }, extraHeaders);
      const text = await response.text();
      const elapsed = Math.round(performance.now() - started);
      let pretty = text;
      try {
        pretty = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // Not JSON: shown as it came.
      }
      showResult(pretty, pretty !== text || text.startsWith('{'));
      setStatus(response.status + ' ' + (response.statusText || '') + ' · ' + elapsed + ' ms', !response.ok);
      remember(operationName);
    } catch (error) {
      setStatus('Request failed', true);
      showResult(error.message, false);
    } finally {
      button.disabled = false;
    }
  }

  // ---------- history ----------

  function remember(operationName) {
    const entries = saved.get('history', []).filter((e) => e.query !== query.value || e.variables !== variablesEditor.value);
    entries.unshift({ query: query.value, variables: variablesEditor.value, headers: headers.value, operationName, at: new Date().toISOString() });
    saved.set('history', entries.slice(0, 30));
    renderHistory();
  }

  function renderHistory() {
    const entries = saved.get('history', []);
    const list = $('#history-list');
    if (!entries.length) {
      list.replaceChildren(element('li', { class: 'empty' }, element('span', { class: 'when' }, ' Runs appear here.')));
      return;
    }
    list.replaceChildren(...entries.map((entry) => {
      const label = entry.operationName || entry.query.replace(/#[^\n]*/g, '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return element('li', {}, element('button', {
        type: 'button',
        onclick: () => {
          query.value = entry.query;
          variablesEditor.value = entry.variables || '';
          headers.value = entry.headers || '';
        },
      }, element('span', { class: 'label' }, label), element('span', { class: 'when' }, new Date(entry.at).toLocaleString())));
    }));
  }

  // ---------- prettify ----------

  function prettify(text) {
    const tokens = tokenize(text).filter((t) => t.kind !== 'ws');
    let out = '';
    let depth = 0;
    let parens = 0;
    let previous = null;
    let beforePrevious = null;
    const newline = () => '\n' + '  '.repeat(depth);
    const space = () => (out && !/[\s([]$/.test(out) ? ' ' : '');
    // Trailing blanks go, except the line break that ends a comment.
    const trimmed = () => (/#[^\n]*\n\s*$/.test(out) ? out.replace(/[ ]+$/, '') : out.trimEnd());
    // A name or spread begins a new selection unless it continues the one before (alias, type condition, fragment name).
    const beginsSelection = (token) => previous && previous.text !== '{' && previous.text !== ':' && previous.kind !== 'spread'
      && !(previous.text === 'on' && beforePrevious && beforePrevious.kind === 'spread')
      && (token.kind === 'spread' || (token.kind === 'name' && (previous.kind === 'name' || previous.text === ')' || previous.text === '}' || previous.kind === 'directive')));
    for (const token of tokens) {
      const t = token.text;
      if (token.kind === 'comment') {
        out = trimmed() + (out && !out.endsWith('\n') ? newline() : '') + t + newline();
        continue;
      }
      if (parens > 0) {
        if (t === '(') parens++;
        if (t === ')') parens--;
        const valueLike = ['name', 'variable', 'string', 'number', 'directive'].includes(token.kind) || t === '{' || t === '[';
        const afterValue = previous && (['name', 'variable', 'string', 'number'].includes(previous.kind) || [']', '}', '!'].includes(previous.text));
        if (valueLike && afterValue) out += ', ';
        out += t === ':' ? ': ' : t === '=' ? ' = ' : t === '{' ? '{ ' : t === '}' ? ' }' : t;
      } else if (t === '{') {
        out = trimmed();
        out += out.trim() && !out.endsWith('\n') ? ' {' : '{';
        depth++;
        out += newline();
      } else if (t === '}') {
        depth = Math.max(0, depth - 1);
        out = trimmed() + (out.endsWith('\n') ? '' : newline()) + '}' + (depth === 0 ? '\n\n' : '');
      } else if (t === '(') {
        parens++;
        out = out.trimEnd() + '(';
      } else if (t === ':') {
        out = out.trimEnd() + ': ';
      } else {
        if (depth > 0 && beginsSelection(token)) out = trimmed() + (/#[^\n]*\n\s*$/.test(out) ? '  '.repeat(depth) : newline());
        else if (!(previous && previous.kind === 'spread' && t !== 'on')) out += space();
        out += t;
      }
      beforePrevious = previous;
      previous = token;
    }
    return out.trim() + '\n';
  }

  // ---------- wiring ----------

  const query = makeEditor($('#query-editor'), highlightGraphQL, 'query', '# Ctrl+Space completes, Ctrl+Enter runs.\n{\n  __typename\n}\n');
  const variablesEditor = makeEditor($('#variables-editor'), highlightJson, 'variables', '');
  const headers = makeEditor($('#headers-editor'), highlightJson, 'headers', '');

  query.textarea.addEventListener('keydown', (event) => completion.keydown(event), true);
  query.textarea.addEventListener('input', (event) => {
    const typed = event.data || '';
    if (/^[A-Za-z_]$/.test(typed) || typed === '(' || (completion.isOpen() && event.inputType === 'deleteContentBackward')) completion.open(query.textarea, typed === '(');
    else completion.close();
  });
  query.textarea.addEventListener('blur', () => completion.close());
  query.textarea.addEventListener('click', () => completion.close());

  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      run();
    } else if ((event.ctrlKey || event.metaKey) && event.shiftKey && (event.key === 'P' || event.key === 'p')) {
      event.preventDefault();
      query.value = prettify(query.value);
    }
  });

  $('#run').addEventListener('click', run);
  $('#prettify').addEventListener('click', () => { query.value = prettify(query.value); });

  for (const tab of document.querySelectorAll('.tab')) {
    tab.addEventListener('click', () => {
      for (const other of document.querySelectorAll('.tab')) {
        const selected = other === tab;
        other.classList.toggle('active', selected);
        other.setAttribute('aria-selected', String(selected));
        document.getElementById(other.dataset.pane).hidden = !selected;
      }
    });
  }

  function togglePanel(button, panel, layoutClass) {
    button.addEventListener('click', () => {
      const open = panel.hidden;
      panel.hidden = !open;
      button.setAttribute('aria-pressed', String(open));
      $('#layout').classList.toggle(layoutClass, open);
      saved.set(layoutClass, open);
    });
    if (saved.get(layoutClass, layoutClass === 'with-docs') !== !panel.hidden) button.click();
  }

  togglePanel($('#toggle-docs'), $('#docs'), 'with-docs');
  togglePanel($('#toggle-history'), $('#history'), 'with-history');
  $('#clear-history').addEventListener('click', () => {
    saved.set('history', []);
    renderHistory();
  });

  const result = $('#result');
  result.classList.add('placeholder');
  result.textContent = 'Run the operation (Ctrl+Enter) to see its result here.';
  renderHistory();
  loadSchema();
})();
