<?php
/**
 * The bundle (assets/partner-city-widgets.js, or the URL of the setting), loaded as a module
 * once per page that has a widget: a block, the shortcode or one of the tags in the content.
 *
 * WordPress 6.5+ has script modules (wp_enqueue_script_module) on the front end; before that
 * (Debian 12 ships 6.1), and in the editor, a classic script whose tag script_loader_tag turns
 * into `<script type="module">`.
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The option that replaces the bundle's URL (a pinned CDN URL); '' for the plugin's own copy. */
const PCW_SCRIPT_URL_OPTION = 'partner_city_widgets_script_url';

/**
 * The bundle's URL and version: the setting's URL as it is (its version is in its path), or
 * the plugin's copy with the plugin's version.
 *
 * @return array{0:string,1:string|null}
 */
function pcw_script_source() {
	$custom = trim( (string) get_option( PCW_SCRIPT_URL_OPTION, '' ) );
	if ( '' !== $custom ) {
		return array( $custom, null );
	}
	return array( plugins_url( 'assets/partner-city-widgets.js', PCW_FILE ), PCW_VERSION );
}

/** Whether some content uses a widget: one of the blocks, the shortcode or one of the tags. */
function pcw_content_has_widget( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== strpos( $content, '<!-- wp:partner-city-widgets/' ) || preg_match( '/<(?:city-news-card|cooperation-areas|partner-city-map|city-news-feed|partnership-timeline)[\s>\/]/i', $content ) ) {
		return true;
	}
	return false !== strpos( $content, '[partner_city_widget' ) && has_shortcode( $content, 'partner_city_widget' );
}

/** Registers the classic-script form of the bundle (used before 6.5 and in the editor). */
function pcw_register_bundle() {
	list( $url, $version ) = pcw_script_source();
	wp_register_script( 'partner-city-widgets', $url, array(), $version, true );
}

/** Enqueues the bundle for this page (WordPress enqueues a handle once, however often asked). */
function pcw_enqueue_bundle() {
	if ( ! is_admin() && function_exists( 'wp_enqueue_script_module' ) && ! wp_is_json_request() ) {
		list( $url, $version ) = pcw_script_source();
		wp_enqueue_script_module( 'partner-city-widgets', $url, array(), $version ); // null: no ?ver= on a CDN URL.
		return;
	}
	if ( ! wp_script_is( 'partner-city-widgets', 'registered' ) ) {
		pcw_register_bundle();
	}
	wp_enqueue_script( 'partner-city-widgets' );
}

/**
 * `script_loader_tag`: the bundle's tag as a module,
 * `<script type="module" src="…" id="partner-city-widgets-js"></script>`.
 */
function pcw_module_tag( $tag, $handle, $src ) {
	if ( 'partner-city-widgets' !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="partner-city-widgets-js"></script>' . "\n", esc_url( $src ) );
}

/**
 * `wp_enqueue_scripts`: the posts of the page (a singular post, an archive's list) that use a
 * widget. Widgets elsewhere (templates, widget areas) enqueue it as they render.
 */
function pcw_enqueue_for_query() {
	global $wp_query;
	$posts = isset( $wp_query ) && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	foreach ( $posts as $post ) {
		if ( $post instanceof WP_Post && pcw_content_has_widget( $post->post_content ) ) {
			pcw_enqueue_bundle();
			return;
		}
	}
}

/** `the_content`, `widget_text_content`, `widget_block_content`: tags pasted as HTML. */
function pcw_enqueue_for_content( $content ) {
	if ( is_string( $content ) && preg_match( '/<(?:city-news-card|cooperation-areas|partner-city-map|city-news-feed|partnership-timeline)[\s>\/]/i', $content ) ) {
		pcw_enqueue_bundle();
	}
	return $content;
}

/**
 * `enqueue_block_editor_assets`: the blocks' editor script, its data (the block.json metadata,
 * what the last save removed) and the bundle, so the server-rendered preview becomes the widget.
 */
function pcw_enqueue_editor_assets() {
	$blocks = array();
	foreach ( array_keys( PCW_TAGS ) as $type ) {
		$metadata = json_decode( (string) file_get_contents( PCW_DIR . "blocks/$type/block.json" ), true );
		if ( is_array( $metadata ) ) {
			unset( $metadata['$schema'], $metadata['editorScript'], $metadata['render'] );
			$blocks[] = $metadata;
		}
	}
	$post    = get_post();
	$removed = $post && current_user_can( 'edit_post', $post->ID ) ? (string) get_post_meta( $post->ID, '_pcw_removed', true ) : '';
	wp_add_inline_script(
		'partner-city-widgets-editor',
		'window.partnerCityWidgets = ' . wp_json_encode(
			array(
				'blocks'  => $blocks,
				'removed' => $removed,
			)
		) . ';',
		'before'
	);
	wp_enqueue_script( 'partner-city-widgets-editor' );
	pcw_enqueue_bundle();
}

/** `enqueue_block_assets` in the admin: the bundle inside an iframed editor canvas (6.3+). */
function pcw_enqueue_editor_canvas_assets() {
	if ( is_admin() ) {
		pcw_enqueue_bundle();
	}
}
