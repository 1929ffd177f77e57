/**
 * The editor side of the three blocks, in plain JavaScript (no build step): each block's options
 * as sidebar controls, its data as a Media Library JSON file or pasted JSON, and a live preview:
 * the server's markup (wp.serverSideRender), which the bundle, enqueued in the editor too,
 * upgrades into the widget. The blocks are dynamic: `save` returns null.
 *
 * Also shows the notice the plugin stores when a save removed one of the widgets' tags.
 */
(function (wp, settings) {
  'use strict';
  if (!wp || !settings) {
    return;
  }
  const el = wp.element.createElement;
  const __ = wp.i18n.__;
  const be = wp.blockEditor;
  const c = wp.components;
  const ServerSideRender = wp.serverSideRender;

  /** Pasted JSON, re-written with `<`, `>` and `&` as \u escapes (so kses leaves it as it is). */
  function tidyJson(text) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2).replace(/[<>&]/g, function (ch) {
        return '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
      });
    } catch {
      return text;
    }
  }

  function jsonProblem(text) {
    if (!text || !text.trim()) {
      return '';
    }
    try {
      const value = JSON.parse(text);
      return value && typeof value === 'object'
        ? ''
        : __('The JSON must be an object (an announcement) or an array.', 'partner-city-widgets');
    } catch (e) {
      return __('This is not valid JSON:', 'partner-city-widgets') + ' ' + e.message;
    }
  }

  const THEMES = [
    { label: __('Light', 'partner-city-widgets'), value: 'light' },
    { label: __('Dark', 'partner-city-widgets'), value: 'dark' },
    { label: __("Follow the reader's system", 'partner-city-widgets'), value: 'auto' },
  ];
  const LEVELS = [1, 2, 3, 4, 5, 6].map(function (n) {
    return { label: 'h' + n, value: String(n) };
  });

  /** A select of the block attribute `name` (its `options`: `{ label, value }`). */
  function selectControl(a, set, name, label, options) {
    return el(c.SelectControl, {
      key: name,
      label: label,
      value: a[name],
      options: options,
      onChange: function (v) {
        set({ [name]: v });
      },
    });
  }

  /** A toggle of the boolean block attribute `name`. */
  function toggleControl(a, set, name, label) {
    return el(c.ToggleControl, {
      key: name,
      label: label,
      checked: !!a[name],
      onChange: function (v) {
        set({ [name]: v });
      },
    });
  }

  /** The options of each widget as controls. */
  function ownControls(type, a, set) {
    switch (type) {
      case 'card':
        return [
          selectControl(a, set, 'variant', __('Variant', 'partner-city-widgets'), [
            { label: __('Full', 'partner-city-widgets'), value: 'full' },
            { label: __('Compact (a "Read more" button)', 'partner-city-widgets'), value: 'compact' },
          ]),
          selectControl(a, set, 'dateStyle', __('Date', 'partner-city-widgets'), [
            { label: __('Numeric (11. 9. 2019)', 'partner-city-widgets'), value: 'numeric' },
            { label: __('Long (11 September 2019)', 'partner-city-widgets'), value: 'long' },
          ]),
          el(c.TextControl, {
            key: 'previewParagraphs',
            type: 'number',
            min: 0,
            label: __('Paragraphs before "Read more" (compact)', 'partner-city-widgets'),
            value: String(a.previewParagraphs),
            onChange: function (v) {
              set({ previewParagraphs: Math.max(0, parseInt(v, 10) || 0) });
            },
          }),
          el(c.TextControl, {
            key: 'tagHref',
            label: __('Link of the tags', 'partner-city-widgets'),
            help: __('For example /?s={tag}; empty: tags are plain text.', 'partner-city-widgets'),
            value: a.tagHref,
            onChange: function (v) {
              set({ tagHref: v });
            },
          }),
        ];
      case 'areas':
        return [
          selectControl(a, set, 'layout', __('Layout', 'partner-city-widgets'), [
            { label: __('Accordion', 'partner-city-widgets'), value: 'accordion' },
            { label: __('List', 'partner-city-widgets'), value: 'list' },
            { label: __('Grid', 'partner-city-widgets'), value: 'grid' },
          ]),
          toggleControl(a, set, 'searchable', __('Search field', 'partner-city-widgets')),
          toggleControl(a, set, 'open', __('All areas open', 'partner-city-widgets')),
        ];
      case 'map':
        return [
          selectControl(a, set, 'projection', __('Projection', 'partner-city-widgets'), [
            { label: __('Automatic', 'partner-city-widgets'), value: 'auto' },
            { label: __('Conic (a region)', 'partner-city-widgets'), value: 'conic' },
            { label: __('Natural Earth (the world)', 'partner-city-widgets'), value: 'natural-earth' },
          ]),
        ];
    }
    return [];
  }

  function chooseFile(set, label) {
    return el(
      be.MediaUploadCheck,
      { key: 'media' },
      el(be.MediaUpload, {
        allowedTypes: ['application/json'],
        onSelect: function (media) {
          set({ src: media.url, json: '' });
        },
        render: function (o) {
          return el(c.Button, { variant: 'secondary', onClick: o.open }, label);
        },
      }),
    );
  }

  function makeEdit(type) {
    return function Edit(props) {
      const a = props.attributes;
      const set = props.setAttributes;
      const blockProps = be.useBlockProps();
      const problem = jsonProblem(a.json);
      const hasData = !!((a.src && a.src.trim()) || (a.json && a.json.trim()));

      const data = el(
        c.PanelBody,
        { key: 'data', title: __('Data', 'partner-city-widgets'), initialOpen: true },
        el(c.TextControl, {
          label: __('JSON file URL', 'partner-city-widgets'),
          help: __('An announcement file from the Media Library (or any URL that allows it).', 'partner-city-widgets'),
          type: 'url',
          value: a.src,
          onChange: function (v) {
            set({ src: v });
          },
        }),
        chooseFile(set, __('Choose a JSON file', 'partner-city-widgets')),
        el(c.TextareaControl, {
          label: __('Or paste the JSON', 'partner-city-widgets'),
          help: __('Used instead of the file when given.', 'partner-city-widgets'),
          rows: 8,
          value: a.json,
          onChange: function (v) {
            set({ json: v });
          },
          onBlur: function () {
            const tidy = tidyJson(a.json);
            if (tidy !== a.json) {
              set({ json: tidy });
            }
          },
        }),
        problem ? el(c.Notice, { status: 'error', isDismissible: false }, problem) : null,
      );

      const display = el(
        c.PanelBody,
        { key: 'display', title: __('Display', 'partner-city-widgets') },
        el(c.TextControl, {
          label: __('Language', 'partner-city-widgets'),
          help: __("A language tag such as sl, en or en-GB; empty: the page's language.", 'partner-city-widgets'),
          value: a.lang,
          onChange: function (v) {
            set({ lang: v.trim() });
          },
        }),
        selectControl(a, set, 'theme', __('Theme', 'partner-city-widgets'), THEMES),
        type === 'map'
          ? null
          : el(c.SelectControl, {
              label: __('Heading level', 'partner-city-widgets'),
              value: String(a.headingLevel),
              options: LEVELS,
              onChange: function (v) {
                set({ headingLevel: parseInt(v, 10) });
              },
            }),
        ownControls(type, a, set),
      );

      const preview = hasData
        ? el(ServerSideRender, { block: props.name, attributes: a })
        : el(
            c.Placeholder,
            {
              icon: 'media-code',
              label: wp.blocks.getBlockType(props.name).title,
              instructions: __(
                "Choose an announcement file (.json) from the Media Library, or paste its JSON in the block's settings.",
                'partner-city-widgets',
              ),
            },
            chooseFile(set, __('Choose a JSON file', 'partner-city-widgets')),
          );

      return el('div', blockProps, el(be.InspectorControls, null, data, display), preview);
    };
  }

  settings.blocks.forEach(function (metadata) {
    const type = metadata.name.split('/')[1];
    wp.blocks.registerBlockType(metadata, {
      edit: makeEdit(type),
      save: function () {
        return null;
      },
    });
  });

  // What a save removed: shown when the editor opens and after each save.
  const NOTICE_ID = 'partner-city-widgets-removed';
  function showRemoved(message) {
    const notices = wp.data.dispatch('core/notices');
    if (message) {
      notices.createWarningNotice(message, { id: NOTICE_ID, isDismissible: true });
    } else {
      notices.removeNotice(NOTICE_ID);
    }
  }
  wp.domReady(function () {
    showRemoved(settings.removed);
  });
  let wasSaving = false;
  wp.data.subscribe(function () {
    const editor = wp.data.select('core/editor');
    if (!editor || !editor.isSavingPost) {
      return;
    }
    const saving = editor.isSavingPost() && !editor.isAutosavingPost();
    if (wasSaving && !saving) {
      showRemoved(editor.getCurrentPostAttribute('pcw_removed') || '');
    }
    wasSaving = saving;
  });
})(window.wp, window.partnerCityWidgets);
