<?php
/**
 * Plugin Name:       Partner City Widgets
 * Description:       City announcements and city partnerships as accessible widgets: a news card, the areas of cooperation and a map of partner cities. Blocks, a shortcode, .json announcement files in the Media Library, and the three elements allowed in post content for every role.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            partner-city-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       partner-city-widgets
 * Domain Path:       /languages
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

const PCW_VERSION = '0.1.0';
const PCW_FILE    = __FILE__;
define( 'PCW_DIR', plugin_dir_path( __FILE__ ) );

require_once PCW_DIR . 'includes/render.php';
require_once PCW_DIR . 'includes/class-pcw-schema-validator.php';
require_once PCW_DIR . 'includes/kses.php';
require_once PCW_DIR . 'includes/assets.php';
require_once PCW_DIR . 'includes/blocks.php';
require_once PCW_DIR . 'includes/uploads.php';
require_once PCW_DIR . 'includes/admin.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'partner-city-widgets', false, dirname( plugin_basename( PCW_FILE ) ) . '/languages' );
	}
);

// The allow-list: the three elements in post content, for every role.
add_filter( 'wp_kses_allowed_html', 'pcw_filter_allowed_html', 10, 2 );

// Tell the author when a save removed a widget (or its json/src).
add_filter( 'wp_insert_post_data', 'pcw_check_removed_on_save', 10, 3 );
add_action( 'save_post', 'pcw_store_removed', 10, 2 );
add_action( 'admin_notices', 'pcw_classic_editor_notice' );
add_action( 'rest_api_init', 'pcw_register_rest_field' );

// The bundle: registered everywhere, enqueued where a widget is.
add_action( 'init', 'pcw_register_bundle' );
add_filter( 'script_loader_tag', 'pcw_module_tag', 10, 3 );
add_action( 'wp_enqueue_scripts', 'pcw_enqueue_for_query' );
add_filter( 'the_content', 'pcw_enqueue_for_content', 100 );
add_filter( 'widget_text_content', 'pcw_enqueue_for_content', 100 );
add_filter( 'widget_block_content', 'pcw_enqueue_for_content', 100 );
add_action( 'enqueue_block_editor_assets', 'pcw_enqueue_editor_assets' );
add_action( 'enqueue_block_assets', 'pcw_enqueue_editor_canvas_assets' );

// The blocks and the shortcode.
add_action( 'init', 'pcw_register_blocks' );

// .json announcement files in the Media Library.
add_filter( 'upload_mimes', 'pcw_upload_mimes', 10, 2 );
add_filter( 'wp_check_filetype_and_ext', 'pcw_check_filetype_and_ext', 10, 4 );
add_filter( 'wp_handle_upload_prefilter', 'pcw_upload_prefilter' );
add_filter( 'wp_handle_sideload_prefilter', 'pcw_upload_prefilter' );

// Settings → Partner City Widgets.
add_action( 'init', 'pcw_register_setting' );
add_action( 'admin_menu', 'pcw_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'pcw_action_links' );
