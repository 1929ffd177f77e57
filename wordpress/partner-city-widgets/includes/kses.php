<?php
/**
 * The allow-list (the three elements and their documented attributes in kses's `post` context)
 * and the check that tells an author when a save removed one of them.
 *
 * kses's URL rules (wp_kses_uri_attributes) are left alone: the JSON travels in `json`, an
 * attribute kses does not read as a URL.
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The tags and attributes to allow: generated from custom-elements.json into
 * includes/allowed-html.php (`npm run build:wordpress`), never an `on…` attribute.
 *
 * @return array<string,array<string,bool>>
 */
function pcw_allowed_html() {
	static $allowed = null;
	if ( null === $allowed ) {
		$file    = __DIR__ . '/allowed-html.php';
		$allowed = is_file( $file ) ? (array) include $file : array();
		foreach ( $allowed as $tag => $attributes ) {
			$allowed[ $tag ] = array_filter(
				(array) $attributes,
				static function ( $name ) {
					return 0 !== strpos( strtolower( (string) $name ), 'on' );
				},
				ARRAY_FILTER_USE_KEY
			);
		}
	}
	return $allowed;
}

/**
 * `wp_kses_allowed_html`: adds the elements (and `time datetime` for the fallback) to `post`.
 *
 * @param array  $tags    The allowed tags.
 * @param string $context The kses context.
 */
function pcw_filter_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( pcw_allowed_html() as $tag => $attributes ) {
		$tags[ $tag ] = array_merge( is_array( $tags[ $tag ] ?? null ) ? $tags[ $tag ] : array(), $attributes );
	}
	return $tags;
}

/**
 * The opening tags of our elements in some HTML, in order, each with its attributes.
 *
 * @return array<int,array{tag:string,attributes:array<string,string>}>
 */
function pcw_find_elements( $html ) {
	$found = array();
	if ( ! is_string( $html ) || ! preg_match_all( '/<(city-news-card|cooperation-areas|partner-city-map|city-news-feed|partnership-timeline)(?=[\s>\/])((?:"[^"]*"|\'[^\']*\'|[^\'">])*)>/i', $html, $matches, PREG_SET_ORDER ) ) {
		return $found;
	}
	foreach ( $matches as $match ) {
		$attributes = array();
		preg_match_all( '/([^\s"\'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+)))?/', $match[2], $pairs, PREG_SET_ORDER );
		foreach ( $pairs as $pair ) {
			$value = $pair[2] ?? '';
			if ( '' === $value ) {
				$value = ( $pair[3] ?? '' ) !== '' ? $pair[3] : ( $pair[4] ?? '' );
			}
			$attributes[ strtolower( $pair[1] ) ] = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		}
		$found[] = array(
			'tag'        => strtolower( $match[1] ),
			'attributes' => $attributes,
		);
	}
	return $found;
}

/**
 * What a filter (kses) took out of our elements: each element removed, each `src`, `json` or
 * `data` attribute removed or changed. Pure: compares the HTML before and after.
 *
 * @return string[] Short descriptions, e.g. `<city-news-card>`, `json of <partner-city-map>`.
 */
function pcw_removed_parts( $raw, $filtered ) {
	$before = pcw_find_elements( $raw );
	$after  = pcw_find_elements( $filtered );
	$left   = array();
	foreach ( $after as $element ) {
		$left[ $element['tag'] ][] = $element['attributes'];
	}
	$removed = array();
	$seen    = array();
	foreach ( $before as $element ) {
		$tag   = $element['tag'];
		$index = $seen[ $tag ] = ( $seen[ $tag ] ?? -1 ) + 1;
		if ( ! isset( $left[ $tag ][ $index ] ) ) {
			$removed[] = "<$tag>";
			continue;
		}
		foreach ( array( 'json', 'src', 'data' ) as $name ) {
			if ( isset( $element['attributes'][ $name ] ) && ( $left[ $tag ][ $index ][ $name ] ?? null ) !== $element['attributes'][ $name ] ) {
				$removed[] = "$name of <$tag>";
			}
		}
	}
	return array_values( array_unique( $removed ) );
}

/** The notice for what a save removed ('' when nothing). */
function pcw_removed_message( array $parts ) {
	if ( ! $parts ) {
		return '';
	}
	return sprintf(
		/* translators: %s: what was removed, e.g. "<city-news-card>, json of <partner-city-map>". */
		__( 'Saving removed part of a Partner City Widgets widget: %s. Your role may not publish this markup. Use the Partner City Widgets blocks (or the [partner_city_widget] shortcode), put the data in the json attribute instead of data, or ask an administrator.', 'partner-city-widgets' ),
		implode( ', ', $parts )
	);
}

/** What a save removed, waiting for the post's ID (save_post): post ID (0 for a new post) => message. */
$GLOBALS['pcw_pending_removed'] = array();

/**
 * `wp_insert_post_data`: compares the content the author sent with what kses kept.
 */
function pcw_check_removed_on_save( $data, $postarr, $unsanitized_postarr = array() ) {
	if ( ! is_array( $data ) || 'revision' === ( $data['post_type'] ?? '' ) || ! isset( $unsanitized_postarr['post_content'] ) ) {
		return $data;
	}
	if ( current_user_can( 'unfiltered_html' ) ) {
		$message = '';
	} else {
		$raw      = wp_unslash( (string) $unsanitized_postarr['post_content'] );
		$filtered = wp_unslash( (string) ( $data['post_content'] ?? '' ) );
		$message  = pcw_removed_message( pcw_removed_parts( $raw, $filtered ) );
	}
	$GLOBALS['pcw_pending_removed'][ (int) ( $postarr['ID'] ?? 0 ) ] = $message;
	return $data;
}

/** `save_post`: stores (or clears) the `_pcw_removed` meta of the post just saved. */
function pcw_store_removed( $post_id, $post ) {
	if ( ! $post || 'revision' === $post->post_type ) {
		return;
	}
	$pending = &$GLOBALS['pcw_pending_removed'];
	$key     = array_key_exists( $post_id, $pending ) ? $post_id : ( array_key_exists( 0, $pending ) ? 0 : null );
	if ( null === $key ) {
		return;
	}
	$message = $pending[ $key ];
	unset( $pending[ $key ] );
	if ( '' === $message ) {
		delete_post_meta( $post_id, '_pcw_removed' );
	} else {
		update_post_meta( $post_id, '_pcw_removed', wp_slash( $message ) );
	}
}
