<?php
/**
 * The three dynamic blocks and the shortcode. Both write the element (pcw_widget_html) with the
 * fallback content from the data: the pasted JSON, or the Media Library file read from disk.
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and the blocks (block.json in blocks/<type>/). */
function pcw_register_blocks() {
	wp_register_script(
		'partner-city-widgets-editor',
		plugins_url( 'editor.js', PCW_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'wp-data', 'wp-notices', 'wp-dom-ready' ),
		PCW_VERSION,
		true
	);
	wp_set_script_translations( 'partner-city-widgets-editor', 'partner-city-widgets' );
	foreach ( array_keys( PCW_TAGS ) as $type ) {
		register_block_type(
			PCW_DIR . "blocks/$type",
			array(
				'render_callback' => static function ( $attributes ) use ( $type ) {
					return pcw_render_widget( $type, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
	}
	add_shortcode( 'partner_city_widget', 'pcw_shortcode' );
}

/**
 * The data file of a `src` that is a file of this site's uploads (a Media Library attachment),
 * decoded; null for any other URL (nothing is fetched over the network).
 */
function pcw_read_local_json( $src ) {
	$src = trim( (string) $src );
	if ( '' === $src ) {
		return null;
	}
	if ( '/' === $src[0] && ( strlen( $src ) < 2 || '/' !== $src[1] ) ) {
		$src = home_url( $src );
	}
	$src  = strtok( $src, '?#' );
	$file = '';
	$id   = attachment_url_to_postid( $src );
	if ( $id ) {
		$file = (string) get_attached_file( $id );
	} else {
		$uploads = wp_get_upload_dir();
		$base    = set_url_scheme( $uploads['baseurl'], 'https' );
		$url     = set_url_scheme( $src, 'https' );
		if ( 0 === strpos( $url, trailingslashit( $base ) ) ) {
			$file = $uploads['basedir'] . '/' . rawurldecode( substr( $url, strlen( trailingslashit( $base ) ) ) );
		}
	}
	$real    = $file ? realpath( $file ) : false;
	$uploads = realpath( wp_get_upload_dir()['basedir'] );
	if ( ! $real || ! $uploads || 0 !== strpos( $real, $uploads . DIRECTORY_SEPARATOR ) || ! preg_match( '/\.json$/i', $real ) || ! is_readable( $real ) || filesize( $real ) > PCW_MAX_JSON_BYTES ) {
		return null;
	}
	$data = json_decode( (string) file_get_contents( $real ), true, 512 );
	return is_array( $data ) ? $data : null;
}

/**
 * The block's markup (and the bundle enqueued for the page).
 *
 * @param string $type       card | areas | map.
 * @param array  $attributes The block's attributes (camelCase).
 */
function pcw_render_widget( $type, array $attributes ) {
	pcw_enqueue_bundle();
	$src  = is_string( $attributes['src'] ?? null ) ? $attributes['src'] : '';
	$json = is_string( $attributes['json'] ?? null ) ? trim( $attributes['json'] ) : '';
	$data = '' === $json && '' !== $src ? pcw_read_local_json( $src ) : null;
	$base = '' !== $src && '/' === $src[0] && '/' !== ( $src[1] ?? '' ) ? home_url( $src ) : $src;
	return pcw_widget_html( $type, $attributes, $data, $base );
}

/**
 * [partner_city_widget type="card|areas|map" src="…" lang="…" theme="…" heading-level="…"
 * variant="…" date-style="…" preview-paragraphs="…" tag-href="…" layout="…" searchable open
 * projection="…"]: the same markup as the blocks.
 *
 * @param array|string $atts The shortcode's attributes.
 */
function pcw_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$flags = array();
	// Bare words ([partner_city_widget type="areas" searchable open]) come as numbered attributes.
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && is_string( $value ) ) {
			$flags[ strtolower( $value ) ] = true;
		}
	}
	$atts = shortcode_atts(
		array(
			'type'               => 'card',
			'src'                => '',
			'json'               => '',
			'lang'               => '',
			'theme'              => '',
			'heading-level'      => '',
			'variant'            => '',
			'date-style'         => '',
			'preview-paragraphs' => '',
			'tag-href'           => '',
			'layout'             => '',
			'searchable'         => isset( $flags['searchable'] ) ? 'true' : '',
			'open'               => isset( $flags['open'] ) ? 'true' : '',
			'projection'         => '',
		),
		$atts,
		'partner_city_widget'
	);
	$type = strtolower( trim( $atts['type'] ) );
	$type = array_search( $type, PCW_TAGS, true ) ?: $type; // type="city-news-card" works too.
	if ( ! isset( PCW_TAGS[ $type ] ) ) {
		return current_user_can( 'edit_posts' )
			? '<p>' . esc_html__( 'Partner City Widgets: the shortcode needs type="card", "areas" or "map".', 'partner-city-widgets' ) . '</p>'
			: '';
	}
	return pcw_render_widget(
		$type,
		array(
			'src'               => $atts['src'],
			'json'              => $atts['json'],
			'lang'              => $atts['lang'],
			'theme'             => $atts['theme'],
			'headingLevel'      => '' === $atts['heading-level'] ? 2 : $atts['heading-level'],
			'variant'           => $atts['variant'],
			'dateStyle'         => $atts['date-style'],
			'previewParagraphs' => '' === $atts['preview-paragraphs'] ? 2 : $atts['preview-paragraphs'],
			'tagHref'           => $atts['tag-href'],
			'layout'            => $atts['layout'],
			'searchable'        => $atts['searchable'],
			'open'              => $atts['open'],
			'projection'        => $atts['projection'],
		)
	);
}
