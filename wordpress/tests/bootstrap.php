<?php
/**
 * A minimal WordPress (Debian's package, /usr/share/wordpress or $WORDPRESS_DIR), without a
 * database, loaded by wordpress-without-db.php as for test/cms/kses.php: the real formatting,
 * escaping, kses, shortcode and HTTP-URL functions, then the plugin's pure parts (the fallback renderer, the schema validator,
 * the allow-list, the removal check, the upload check). A running WordPress is the job of
 * test/wordpress/.
 *
 * @package partner-city-widgets
 */

require __DIR__ . '/wordpress-without-db.php';

/** The user is an Author: no unfiltered_html (capabilities.php needs the database). */
function current_user_can( $capability, ...$args ) {
	return 'upload_files' === $capability;
}

require ABSPATH . WPINC . '/http.php';
require ABSPATH . WPINC . '/class-wp-http.php';    // WP_Http::make_absolute_url().

wp_without_db_options(
	array(
		'blog_charset'    => 'UTF-8',
		'use_balanceTags' => '0',
	)
);

// What WordPress does to post content on save (default-filters.php, kses_init()).
add_filter( 'pre_kses', 'wp_pre_kses_less_than' );
add_filter( 'content_save_pre', 'convert_invalid_entities' );
kses_init();

// The plugin's strings, untranslated (an English site; the text-domain registry needs the database).
$GLOBALS['l10n']['partner-city-widgets'] = new NOOP_Translations();

$plugin = dirname( __DIR__ ) . '/partner-city-widgets';
require $plugin . '/includes/render.php';
require $plugin . '/includes/class-pcw-schema-validator.php';
require $plugin . '/includes/kses.php';
require $plugin . '/includes/uploads.php';

/** Saving as an Author: content_save_pre on slashed data, stored unslashed (as test/cms/kses.php). */
function pcw_test_save( $html ) {
	return wp_unslash( apply_filters( 'content_save_pre', wp_slash( $html ) ) );
}
