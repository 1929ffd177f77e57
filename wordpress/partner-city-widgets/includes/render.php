<?php
/**
 * The markup of a widget: its tag, its attributes (the JSON through the text-safe `json`
 * attribute, never `data`) and the light-DOM fallback content built from the data, in plain
 * HTML. Pure functions: no database, no hooks (the tests in wordpress/tests/ load this file
 * with a minimal WordPress). The blocks and the shortcode both use pcw_widget_html().
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The widgets: block/shortcode type => element tag. */
const PCW_TAGS = array(
	'card'  => 'city-news-card',
	'areas' => 'cooperation-areas',
	'map'   => 'partner-city-map',
);

/** The most bytes of JSON a widget reads (MAX_JSON_BYTES in src/model/load.ts). */
const PCW_MAX_JSON_BYTES = 5 * 1024 * 1024;

/**
 * The text of a localised value in $lang: the exact tag, then its base language, then a tag of
 * the same base language, then the data's language, then the first one given (as `pick()` in
 * src/i18n/format.ts). Returns [ text, language ] or null when there is no usable text.
 *
 * @param mixed  $value     A string or a map of language tag => string.
 * @param string $lang      The widget's language.
 * @param string $data_lang The data's `lang` ('' when it has none).
 * @return array{0:string,1:string}|null
 */
function pcw_pick_text( $value, $lang, $data_lang ) {
	if ( is_string( $value ) ) {
		return '' === trim( $value ) ? null : array( $value, '' !== $data_lang ? $data_lang : 'und' );
	}
	if ( ! is_array( $value ) || ! $value ) {
		return null;
	}
	$texts = array();
	foreach ( $value as $key => $text ) {
		if ( is_string( $key ) && is_string( $text ) && '' !== trim( $text ) ) {
			$texts[ $key ] = $text;
		}
	}
	if ( ! $texts ) {
		return null;
	}
	$base  = strtolower( explode( '-', $lang )[0] );
	$match = static function ( $tag ) use ( $texts ) {
		foreach ( array_keys( $texts ) as $key ) {
			if ( strtolower( $key ) === strtolower( $tag ) ) {
				return $key;
			}
		}
		return null;
	};
	$key = $match( $lang ) ?? $match( $base );
	if ( null === $key ) {
		foreach ( array_keys( $texts ) as $candidate ) {
			if ( strtolower( explode( '-', $candidate )[0] ) === $base ) {
				$key = $candidate;
				break;
			}
		}
	}
	$key = $key ?? ( '' !== $data_lang ? $match( $data_lang ) : null ) ?? array_key_first( $texts );
	return array( $texts[ $key ], $key );
}

/**
 * A text of the data as an element (`<p>`, `<li>`, `<h2>`), with `lang` when it is not in the
 * widget's language; '' when there is no text.
 */
function pcw_text_element( $value, $element, $lang, $data_lang ) {
	$picked = pcw_pick_text( $value, $lang, $data_lang );
	if ( null === $picked ) {
		return '';
	}
	list( $text, $in ) = $picked;
	$same = 'und' === $in || strtolower( explode( '-', $in )[0] ) === strtolower( explode( '-', $lang )[0] );
	$attr = $same ? '' : ' lang="' . esc_attr( $in ) . '"';
	return "<$element$attr>" . esc_html( $text ) . "</$element>";
}

/**
 * A URL of the data as a link target: http, https, mailto or relative (made absolute against
 * $base, the data file's URL, when there is one); '' for anything else.
 */
function pcw_data_url( $url, $base = '' ) {
	if ( ! is_string( $url ) || '' === trim( $url ) || preg_match( '/[\x00-\x1f\x7f]/', $url ) ) {
		return '';
	}
	$url = trim( $url );
	if ( preg_match( '/^([a-zA-Z][a-zA-Z0-9+.\-]*):/', $url, $m ) ) {
		if ( ! in_array( strtolower( $m[1] ), array( 'http', 'https', 'mailto' ), true ) ) {
			return '';
		}
	} elseif ( '' !== $base && class_exists( 'WP_Http' ) ) {
		$url = WP_Http::make_absolute_url( $url, $base );
	}
	return esc_url( $url, array( 'http', 'https', 'mailto' ) );
}

/**
 * A date of the data (2000, "2020-05", "2019-09-11", a date-time) as [ ISO for `datetime`, text ].
 * With PHP's intl extension the text is in $lang at the date's precision ("sreda, 11. 9. 2019");
 * without it, the ISO form. The widget shows its own formatting once it runs.
 *
 * @return array{0:string,1:string}|null
 */
function pcw_format_date( $value, $lang, $style = 'numeric' ) {
	if ( is_int( $value ) && $value >= 1000 && $value <= 9999 ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$iso = trim( $value );
	if ( ! preg_match( '/^(\d{4})(?:-(\d\d)(?:-(\d\d)(T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?)?)?$/', $iso, $m ) ) {
		return null;
	}
	$text = $iso;
	if ( class_exists( 'IntlDateFormatter' ) && class_exists( 'IntlDatePatternGenerator' ) ) {
		$skeleton = 'y';
		if ( isset( $m[2] ) && '' !== $m[2] ) {
			$skeleton = 'yMMMM';
		}
		if ( isset( $m[3] ) && '' !== $m[3] ) {
			$skeleton = 'long' === $style ? 'EEEEyMMMMd' : 'EEEEyMd';
		}
		if ( isset( $m[4] ) && '' !== $m[4] ) {
			$skeleton .= 'Hm';
		}
		try {
			$locale    = str_replace( '-', '_', $lang );
			$pattern   = ( new IntlDatePatternGenerator( $locale ) )->getBestPattern( $skeleton );
			$zone      = isset( $m[5] ) && '' !== $m[5] ? null : 'UTC';
			$date      = new DateTimeImmutable( strlen( $iso ) === 4 ? "$iso-01-01" : ( strlen( $iso ) === 7 ? "$iso-01" : $iso ), new DateTimeZone( 'UTC' ) );
			$formatter = new IntlDateFormatter( $locale, IntlDateFormatter::NONE, IntlDateFormatter::NONE, $zone ?? $date->getTimezone(), null, $pattern );
			$formatted = $formatter->format( $date );
			if ( is_string( $formatted ) && '' !== $formatted ) {
				$text = $formatted;
			}
		} catch ( Exception $e ) {
			$text = $iso;
		}
	} elseif ( isset( $m[4] ) && '' !== $m[4] ) {
		$text = str_replace( 'T', ' ', substr( $iso, 0, 16 ) );
	}
	return array( $iso, $text );
}

/**
 * The paragraphs of rich text as plain text (the fallback carries none of the data's markup).
 *
 * @return string[]
 */
function pcw_paragraphs_of_html( $html ) {
	$blocks = preg_split( '#</(?:p|li|blockquote|h[1-6])\s*>|<br\s*/?>#i', $html );
	$out    = array();
	foreach ( $blocks as $block ) {
		$text = trim( preg_replace( '/\s+/u', ' ', html_entity_decode( wp_strip_all_tags( $block ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) ?? '' );
		if ( '' !== $text ) {
			$out[] = $text;
		}
	}
	return $out;
}

/**
 * The data's lists, read defensively (no more than the widgets read: 1,000 areas or cities,
 * 10,000 entries of any other list).
 */
function pcw_list( $value, $max = 10000 ) {
	return is_array( $value ) && array_is_list( $value ) ? array_slice( $value, 0, $max ) : array();
}

/**
 * The fallback content of a widget as plain HTML, one element a line: what readers see before
 * the widget runs, without JavaScript, and where an editor removed the widget's tag. Empty when
 * the data has nothing to show.
 *
 * @param string $type    card | areas | map.
 * @param mixed  $data    The decoded JSON (associative arrays).
 * @param array  $options lang (the widget's), heading_level, date_style, base (the data file's URL).
 */
function pcw_fallback_html( $type, $data, array $options = array() ) {
	$bare      = is_array( $data ) && array_is_list( $data );
	$object    = is_array( $data ) && ! $bare ? $data : array();
	$data_lang = isset( $object['lang'] ) && is_string( $object['lang'] ) ? $object['lang'] : '';
	$lang      = ! empty( $options['lang'] ) ? (string) $options['lang'] : ( '' !== $data_lang ? $data_lang : 'en' );
	$level     = max( 1, min( 6, (int) ( $options['heading_level'] ?? 2 ) ) );
	$h         = "h$level";
	$base      = (string) ( $options['base'] ?? '' );
	$lines     = array();
	switch ( $type ) {
		case 'card':
			$title = pcw_pick_text( $object['title'] ?? null, $lang, $data_lang );
			if ( null === $title ) {
				return '';
			}
			$url   = pcw_data_url( $object['url'] ?? null, $base );
			$text  = esc_html( $title[0] );
			$same  = 'und' === $title[1] || strtolower( explode( '-', $title[1] )[0] ) === strtolower( explode( '-', $lang )[0] );
			$attr  = $same ? '' : ' lang="' . esc_attr( $title[1] ) . '"';
			$inner = '' !== $url ? '<a href="' . $url . '">' . $text . '</a>' : $text;
			$lines[] = "<$h$attr>$inner</$h>";
			$date    = pcw_format_date( $object['published'] ?? null, $lang, (string) ( $options['date_style'] ?? 'numeric' ) );
			if ( $date ) {
				$lines[] = '<p><time datetime="' . esc_attr( $date[0] ) . '">' . esc_html( $date[1] ) . '</time></p>';
			}
			$lines[] = pcw_text_element( $object['lead'] ?? null, 'p', $lang, $data_lang );
			$body    = pcw_list( $object['body'] ?? null );
			foreach ( $body as $paragraph ) {
				$lines[] = pcw_text_element( $paragraph, 'p', $lang, $data_lang );
			}
			if ( ! $body && isset( $object['bodyHtml'] ) ) {
				$rich = pcw_pick_text( $object['bodyHtml'], $lang, $data_lang );
				if ( $rich && strlen( $rich[0] ) <= 200000 ) {
					foreach ( pcw_paragraphs_of_html( $rich[0] ) as $paragraph ) {
						$lines[] = pcw_text_element( array( $rich[1] => $paragraph ), 'p', $lang, $data_lang );
					}
				}
			}
			break;
		case 'areas':
			foreach ( pcw_list( $bare ? $data : ( $object['areas'] ?? null ), 1000 ) as $area ) {
				if ( ! is_array( $area ) ) {
					continue;
				}
				$heading = pcw_text_element( $area['title'] ?? null, $h, $lang, $data_lang );
				if ( '' === $heading ) {
					continue;
				}
				$lines[] = $heading;
				$items   = array();
				foreach ( pcw_list( $area['items'] ?? null ) as $item ) {
					$is_object = is_array( $item ) && array_key_exists( 'title', $item );
					$li        = pcw_text_element( $is_object ? $item['title'] : $item, 'li', $lang, $data_lang );
					if ( '' !== $li ) {
						$items[] = "  $li";
					}
				}
				if ( $items ) {
					array_push( $lines, '<ul>', ...$items );
					$lines[] = '</ul>';
				}
			}
			break;
		case 'map':
			$items = array();
			foreach ( pcw_list( $bare ? $data : ( $object['cities'] ?? null ), 1000 ) as $city ) {
				if ( ! is_array( $city ) ) {
					continue;
				}
				$name = pcw_pick_text( $city['name'] ?? null, $lang, $data_lang );
				if ( null === $name ) {
					continue;
				}
				$url     = pcw_data_url( $city['url'] ?? null, $base );
				$named   = '' !== $url ? '<a href="' . $url . '">' . esc_html( $name[0] ) . '</a>' : esc_html( $name[0] );
				$country = isset( $city['country'] ) && is_string( $city['country'] ) && preg_match( '/^[a-zA-Z]{2}$/', $city['country'] ) ? strtoupper( $city['country'] ) : '';
				$items[] = '  <li>' . $named . ( '' !== $country ? ' (' . esc_html( $country ) . ')' : '' ) . '</li>';
			}
			if ( $items ) {
				array_push( $lines, '<ul>', ...$items );
				$lines[] = '</ul>';
			}
			break;
	}
	return implode( "\n", array_filter( $lines, 'strlen' ) );
}

/**
 * JSON for the `json` attribute: on one line, with `<`, `>`, `&`, `'` and, inside strings, `"`
 * and `\` as `\u` escapes, so the value holds nothing a sanitiser treats specially (kses splits
 * tags at `>` and strips the backslash of every `\"`). JSON.parse reads back the same data.
 * Text that is not JSON is returned as it is (the widget then shows its error state).
 */
function pcw_json_attribute_value( $json ) {
	$decoded = json_decode( $json, false, 512 );
	if ( null === $decoded && 'null' !== trim( $json ) ) {
		return $json;
	}
	$encoded = json_encode( $decoded, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION );
	if ( false === $encoded ) {
		return $json;
	}
	// Every backslash of the output starts an escape; an escaped backslash becomes \u005c.
	return preg_replace_callback(
		'/\\\\(.)/s',
		static function ( $m ) {
			return '\\' === $m[1] ? '\\u005c' : $m[0];
		},
		$encoded
	);
}

/** A language tag the widgets take (BCP 47 shape), or ''. */
function pcw_clean_lang( $lang ) {
	$lang = is_string( $lang ) ? trim( str_replace( '_', '-', $lang ) ) : '';
	return preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/', $lang ) ? $lang : '';
}

/**
 * The block's / shortcode's attributes (camelCase, as in block.json) as the element's attributes,
 * each value checked; values equal to the element's default are left out.
 *
 * @return array<string,string|true> name => value, or true for a boolean attribute.
 */
function pcw_element_attributes( $type, array $a ) {
	$out    = array();
	$choose = static function ( $value, array $allowed, $default ) {
		$value = is_string( $value ) ? strtolower( trim( $value ) ) : '';
		return in_array( $value, $allowed, true ) && $value !== $default ? $value : null;
	};
	$flag   = static function ( $value ) {
		return true === $value || 1 === $value || ( is_string( $value ) && in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on' ), true ) );
	};
	$lang = pcw_clean_lang( $a['lang'] ?? '' );
	if ( '' !== $lang ) {
		$out['lang'] = $lang;
	}
	$theme = $choose( $a['theme'] ?? '', array( 'light', 'dark', 'auto' ), 'light' );
	if ( $theme ) {
		$out['theme'] = $theme;
	}
	$level = isset( $a['headingLevel'] ) && is_numeric( $a['headingLevel'] ) ? (int) $a['headingLevel'] : 2;
	switch ( $type ) {
		case 'card':
			$variant = $choose( $a['variant'] ?? '', array( 'full', 'compact' ), 'full' );
			if ( $variant ) {
				$out['variant'] = $variant;
			}
			$style = $choose( $a['dateStyle'] ?? '', array( 'numeric', 'long' ), 'numeric' );
			if ( $style ) {
				$out['date-style'] = $style;
			}
			if ( isset( $a['previewParagraphs'] ) && is_numeric( $a['previewParagraphs'] ) && 2 !== (int) $a['previewParagraphs'] ) {
				$out['preview-paragraphs'] = (string) max( 0, min( 1000, (int) $a['previewParagraphs'] ) );
			}
			$tag_href = is_string( $a['tagHref'] ?? null ) ? trim( $a['tagHref'] ) : '';
			// A link template (`/search?tag={tag}`): relative, http or https only.
			if ( '' !== $tag_href && ! preg_match( '/[\x00-\x1f\x7f]/', $tag_href ) && ( ! preg_match( '/^\s*[a-zA-Z][a-zA-Z0-9+.\-]*:/', $tag_href ) || preg_match( '/^https?:/i', $tag_href ) ) ) {
				$out['tag-href'] = $tag_href;
			}
			break;
		case 'areas':
			$layout = $choose( $a['layout'] ?? '', array( 'accordion', 'list', 'grid' ), 'accordion' );
			if ( $layout ) {
				$out['layout'] = $layout;
			}
			if ( $flag( $a['searchable'] ?? false ) ) {
				$out['searchable'] = true;
			}
			if ( $flag( $a['open'] ?? false ) ) {
				$out['open'] = true;
			}
			break;
		case 'map':
			$projection = $choose( $a['projection'] ?? '', array( 'auto', 'conic', 'natural-earth' ), 'auto' );
			if ( $projection ) {
				$out['projection'] = $projection;
			}
			break;
	}
	if ( 'map' !== $type && $level >= 1 && $level <= 6 && 2 !== $level ) {
		$out['heading-level'] = (string) $level;
	}
	return $out;
}

/**
 * The whole element: `<city-news-card src="…" lang="sl">` + fallback + `</city-news-card>`.
 *
 * @param string      $type     card | areas | map.
 * @param array       $a        Block attributes (camelCase): src, json, lang, theme, headingLevel, ….
 * @param mixed|null  $data     The decoded data for the fallback (null: none).
 * @param string      $base     The data file's URL (relative URLs in it resolve against it).
 */
function pcw_widget_html( $type, array $a, $data = null, $base = '' ) {
	if ( ! isset( PCW_TAGS[ $type ] ) ) {
		return '';
	}
	$tag   = PCW_TAGS[ $type ];
	$parts = array( $tag );
	$src   = is_string( $a['src'] ?? null ) ? trim( $a['src'] ) : '';
	$json  = is_string( $a['json'] ?? null ) ? trim( $a['json'] ) : '';
	if ( '' !== $src && '' === $json ) {
		$url = esc_url( $src, array( 'http', 'https' ) );
		if ( '' !== $url ) {
			$parts[] = 'src="' . $url . '"';
		}
	}
	foreach ( pcw_element_attributes( $type, $a ) as $name => $value ) {
		$parts[] = true === $value ? $name : $name . '="' . esc_attr( $value ) . '"';
	}
	if ( '' !== $json ) {
		$parts[] = 'json="' . esc_attr( pcw_json_attribute_value( $json ) ) . '"';
		$decoded = json_decode( $json, true, 512 );
		$data    = null !== $decoded ? $decoded : $data;
	}
	$fallback = null === $data ? '' : pcw_fallback_html(
		$type,
		$data,
		array(
			'lang'          => pcw_clean_lang( $a['lang'] ?? '' ),
			'heading_level' => $a['headingLevel'] ?? 2,
			'date_style'    => $a['dateStyle'] ?? 'numeric',
			'base'          => '' !== $json ? '' : $base,
		)
	);
	$open = '<' . implode( ' ', $parts ) . '>';
	return '' === $fallback ? "$open</$tag>" : "$open\n$fallback\n</$tag>";
}
