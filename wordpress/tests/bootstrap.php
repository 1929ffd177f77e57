<?php
/**
 * A minimal WordPress (Debian's package, /usr/share/wordpress or $WORDPRESS_DIR), without a
 * database, as test/cms/kses.php loads it: the real formatting, escaping, kses, shortcode and
 * HTTP-URL functions, then the plugin's pure parts (the fallback renderer, the schema validator,
 * the allow-list, the removal check, the upload check). A running WordPress is the job of
 * test/wordpress/.
 *
 * @package partner-city-widgets
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );
set_error_handler(
	function ( $severity, $message, $file, $line ) {
		if ( $severity & ( E_DEPRECATED | E_USER_DEPRECATED ) ) {
			return false;
		}
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

$wordpress = rtrim( getenv( 'WORDPRESS_DIR' ) ?: '/usr/share/wordpress', '/' );
if ( ! is_file( "$wordpress/wp-includes/kses.php" ) ) {
	fwrite( STDERR, "no WordPress at $wordpress (apt-get install -y php-cli wordpress, or set WORDPRESS_DIR)\n" );
	exit( 2 );
}
define( 'ABSPATH', "$wordpress/" );
define( 'WPINC', 'wp-includes' );

/** The user is an Author: no unfiltered_html (capabilities.php needs the database). */
function current_user_can( $capability, ...$args ) {
	return 'upload_files' === $capability;
}

require ABSPATH . WPINC . '/version.php';
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/cache.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/http.php';
require ABSPATH . WPINC . '/class-wp-http.php';    // WP_Http::make_absolute_url().

wp_cache_init();
wp_cache_add(
	'alloptions',
	array(
		'blog_charset'    => 'UTF-8',
		'use_balanceTags' => '0',
	),
	'options'
);
add_filter(
	'pre_option',
	function ( $pre, $option ) {
		if ( false === $pre && ! in_array( $option, array( 'blog_charset', 'use_balanceTags' ), true ) ) {
			throw new RuntimeException( "option '$option' would need the database" );
		}
		return $pre;
	},
	10,
	2
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
