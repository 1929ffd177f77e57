<?php
/**
 * Settings → Partner City Widgets (the bundle's URL), the notice in the classic editor and the
 * REST field the block editor reads after a save.
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The setting (Settings API: options.php checks the nonce and `manage_options`). */
function pcw_register_setting() {
	register_setting(
		'partner_city_widgets',
		PCW_SCRIPT_URL_OPTION,
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'pcw_sanitize_script_url',
			'show_in_rest'      => false,
		)
	);
}

/** The bundle URL: empty (the plugin's copy) or an http(s) URL. */
function pcw_sanitize_script_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'https', 'http' ) );
	if ( ! preg_match( '#^https?://[^/?\#]#i', $url ) ) {
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error( PCW_SCRIPT_URL_OPTION, 'pcw-invalid-url', __( 'The script URL must be an http or https URL; the plugin keeps using its own copy.', 'partner-city-widgets' ) );
		}
		return '';
	}
	return $url;
}

function pcw_add_settings_page() {
	add_options_page(
		__( 'Partner City Widgets', 'partner-city-widgets' ),
		__( 'Partner City Widgets', 'partner-city-widgets' ),
		'manage_options',
		'partner-city-widgets',
		'pcw_render_settings_page'
	);
}

function pcw_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$own    = plugins_url( 'assets/partner-city-widgets.js', PCW_FILE );
	$exists = is_file( PCW_DIR . 'assets/partner-city-widgets.js' );
	$value  = (string) get_option( PCW_SCRIPT_URL_OPTION, '' );
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php if ( ! $exists ) : ?>
			<div class="notice notice-error"><p><?php esc_html_e( 'The plugin\'s copy of the library (assets/partner-city-widgets.js) is missing: build the plugin with npm run build:wordpress, or set a script URL below.', 'partner-city-widgets' ); ?></p></div>
		<?php endif; ?>
		<form method="post" action="options.php">
			<?php settings_fields( 'partner_city_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="pcw-script-url"><?php esc_html_e( 'Script URL', 'partner-city-widgets' ); ?></label></th>
					<td>
						<input type="url" class="large-text code" id="pcw-script-url" name="<?php echo esc_attr( PCW_SCRIPT_URL_OPTION ); ?>" value="<?php echo esc_attr( $value ); ?>" placeholder="<?php echo esc_attr( $own ); ?>">
						<p class="description">
							<?php
							printf(
								/* translators: 1: the plugin's own copy of the library, 2: an example CDN URL. */
								esc_html__( 'Empty: the plugin\'s own copy (%1$s). To load the library from a CDN instead, give a URL with a pinned version, for example %2$s.', 'partner-city-widgets' ),
								'<code>' . esc_html( $own ) . '</code>',
								'<code>https://cdn.jsdelivr.net/npm/partner-city-widgets@' . esc_html( PCW_VERSION ) . '/dist/partner-city-widgets.js</code>'
							);
							?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Who can add widgets', 'partner-city-widgets' ); ?></h2>
		<p><?php esc_html_e( 'Anyone who can edit posts can add the blocks or the [partner_city_widget] shortcode. The three elements and their attributes are allowed in post content for every role, also without the unfiltered_html capability; scripts, event attributes and javascript: URLs are still removed. Users who can upload files can add .json announcement files to the Media Library; a file that does not match the announcement schema is refused with the place of its first problem.', 'partner-city-widgets' ); ?></p>
	</div>
	<?php
}

/** `plugin_action_links_…`: a Settings link on the Plugins screen. */
function pcw_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=partner-city-widgets' ) ) . '">' . esc_html__( 'Settings', 'partner-city-widgets' ) . '</a>';
	return $links;
}

/** `admin_notices` on the classic editor's screen: what the last save removed. */
function pcw_classic_editor_notice() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || 'post' !== $screen->base || ( method_exists( $screen, 'is_block_editor' ) && $screen->is_block_editor() ) ) {
		return;
	}
	$post = get_post();
	if ( ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return;
	}
	$message = (string) get_post_meta( $post->ID, '_pcw_removed', true );
	if ( '' !== $message ) {
		echo '<div class="notice notice-warning is-dismissible pcw-removed-notice"><p>' . esc_html( $message ) . '</p></div>';
	}
}

/** The `pcw_removed` REST field of every post type the block editor edits (read after a save). */
function pcw_register_rest_field() {
	foreach ( get_post_types( array( 'show_in_rest' => true ), 'names' ) as $post_type ) {
		if ( ! post_type_supports( $post_type, 'editor' ) ) {
			continue;
		}
		register_rest_field(
			$post_type,
			'pcw_removed',
			array(
				'get_callback' => static function ( $post ) {
					$id = (int) ( $post['id'] ?? 0 );
					return $id && current_user_can( 'edit_post', $id ) ? (string) get_post_meta( $id, '_pcw_removed', true ) : '';
				},
				'schema'       => array(
					'description' => __( 'What the last save removed from a Partner City Widgets widget (empty: nothing).', 'partner-city-widgets' ),
					'type'        => 'string',
					'context'     => array( 'edit' ),
					'readonly'    => true,
				),
			)
		);
	}
}
