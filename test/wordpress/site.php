<?php
// Helper for test/wordpress/run.mjs: runs one step inside the test's WordPress (loaded through
// wp-load.php, so filters, capabilities and kses apply exactly as in the editor) and prints one
// JSON line. Usage: php site.php DOCROOT COMMAND [ARG]
//   install          wp_install() with plain permalinks
//   setup            activate the plugin, create an Editor and an Author
//   upload ARGS.json upload files into the Media Library as a user (media_handle_sideload)
//   posts ARGS.json  insert posts as users (wp_set_current_user + wp_insert_post, so kses applies)
//   attachments      the Media Library: how many attachments, and their file names
[$_, $root, $command] = $argv + [null, null, null];
$arg = $argv[3] ?? null;
$home = getenv('PCW_WP_HOME');
$_SERVER['HTTP_HOST'] = parse_url($home, PHP_URL_HOST) . ':' . parse_url($home, PHP_URL_PORT);
$_SERVER['SERVER_NAME'] = parse_url($home, PHP_URL_HOST);
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if ($command === 'install') define('WP_INSTALLING', true);
require $root . '/wp-load.php';

function out($value) { echo json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n"; }
function fail($message) { fwrite(STDERR, $message . "\n"); exit(1); }

switch ($command) {
  case 'install':
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $result = wp_install('Partner city widgets test', 'admin', 'admin@example.test', false, '', 'admin-pass-1');
    update_option('permalink_structure', '');
    out(['admin' => $result['user_id']]);
    break;

  case 'setup':
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $file = null;
    foreach (array_keys(get_plugins()) as $candidate) {
      if (str_starts_with($candidate, 'partner-city-widgets/')) $file = $candidate;
    }
    if (!$file) fail('The plugin is not in wp-content/plugins/partner-city-widgets/ (no plugin header found).');
    wp_set_current_user(1);
    $activated = activate_plugin($file);
    if (is_wp_error($activated)) fail('activate_plugin: ' . $activated->get_error_message());
    $users = [];
    foreach (['editor', 'author'] as $role) {
      $id = wp_insert_user(['user_login' => $role, 'user_pass' => "$role-pass-1", 'user_email' => "$role@example.test", 'role' => $role, 'display_name' => ucfirst($role)]);
      if (is_wp_error($id)) fail("wp_insert_user $role: " . $id->get_error_message());
      $users[$role] = $id;
    }
    $users['admin'] = 1;
    $caps = [];
    foreach ($users as $role => $id) $caps[$role] = ['unfiltered_html' => user_can($id, 'unfiltered_html'), 'upload_files' => user_can($id, 'upload_files')];
    out(['plugin' => $file, 'active' => is_plugin_active($file), 'users' => $users, 'caps' => $caps, 'version' => get_bloginfo('version')]);
    break;

  case 'upload':
    require_once ABSPATH . 'wp-admin/includes/file.php';
    require_once ABSPATH . 'wp-admin/includes/media.php';
    require_once ABSPATH . 'wp-admin/includes/image.php';
    $results = [];
    foreach (json_decode(file_get_contents($arg), true) as $item) {
      wp_set_current_user($item['user']);
      $tmp = wp_tempnam($item['name']);
      copy($item['file'], $tmp);
      $id = media_handle_sideload(['name' => $item['name'], 'tmp_name' => $tmp], 0);
      if (is_wp_error($id)) {
        @unlink($tmp);
        $results[$item['key']] = ['error' => $id->get_error_message()];
      } else {
        $results[$item['key']] = ['id' => $id, 'url' => wp_get_attachment_url($id), 'path' => get_attached_file($id), 'mime' => get_post_mime_type($id)];
      }
    }
    out($results);
    break;

  case 'posts':
    $results = [];
    foreach (json_decode(file_get_contents($arg), true) as $item) {
      wp_set_current_user($item['user']);
      $post = ['post_title' => $item['title'], 'post_content' => $item['content'], 'post_status' => 'publish', 'post_type' => 'post'];
      if (!empty($item['id'])) $post['ID'] = $item['id'];
      $id = wp_insert_post(wp_slash($post), true);
      if (is_wp_error($id)) fail("wp_insert_post {$item['key']}: " . $id->get_error_message());
      clean_post_cache($id);
      $results[$item['key']] = [
        'id' => $id,
        'url' => get_permalink($id),
        'saved' => get_post($id)->post_content,
        'removed' => get_post_meta($id, '_pcw_removed', true),
        'unfiltered_html' => current_user_can('unfiltered_html'),
      ];
    }
    out($results);
    break;

  case 'attachments':
    $ids = get_posts(['post_type' => 'attachment', 'post_status' => 'any', 'numberposts' => -1, 'fields' => 'ids', 'orderby' => 'ID', 'order' => 'ASC']);
    out(['count' => count($ids), 'files' => array_map(fn($id) => basename((string) get_attached_file($id)), $ids)]);
    break;

  default:
    fail("unknown command $command");
}
