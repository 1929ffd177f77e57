<?php
/**
 * A small JSON Schema validator for the keywords schema/announcement.schema.json uses: type,
 * enum, properties, required, items, pattern, minimum, maximum, oneOf, allOf, not, $ref/$defs
 * (local refs only), propertyNames, minProperties, additionalProperties. It stops at the first
 * problem and names its path as the widgets do (`cities[2].lat must be at most 90`).
 *
 * Data is decoded with json_decode( $json, false ): objects are stdClass, arrays are lists, so
 * `{}` and `[]` stay apart. The schema is decoded as associative arrays.
 *
 * @package partner-city-widgets
 */

defined( 'ABSPATH' ) || exit;

class PCW_Schema_Validator {

	/** What a pattern of a named $def means, for messages a reader understands. */
	const MEANING = array(
		'date'     => 'must be a date: 2000, 2020-05, 2019-09-11 or a date-time',
		'url'      => 'must be an http, https, mailto or relative URL',
		'langTag'  => 'must be a language tag such as sl or en-GB',
		'id'       => 'must not be empty',
		'nonEmpty' => 'must not be empty',
	);

	/** @var array The root schema. */
	private $root;

	public function __construct( array $schema ) {
		$this->root = $schema;
	}

	/** The validator for the schema file copied into the plugin. */
	public static function announcement() {
		$schema = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/schema/announcement.schema.json' ), true );
		return new self( is_array( $schema ) ? $schema : array() );
	}

	/**
	 * The first problem of $data, as "path message", or null when it is valid.
	 *
	 * @param mixed $data Decoded with json_decode( $json, false ).
	 */
	public function first_error( $data ) {
		$error = $this->check( $data, $this->root, '', '' );
		return null === $error ? null : self::subject( $error['path'] ) . ' ' . $error['message'];
	}

	private static function subject( $path ) {
		return '' === $path ? 'the announcement' : $path;
	}

	private static function child( $path, $key ) {
		$name = preg_match( '/^[A-Za-z_$][A-Za-z0-9_$\-]*$/', (string) $key ) ? (string) $key : '"' . $key . '"';
		return '' === $path ? $name : "$path.$name";
	}

	private static function error( $path, $message, $kind = 'other' ) {
		return array(
			'path'    => $path,
			'message' => $message,
			'kind'    => $kind,
		);
	}

	private static function type_name( $type ) {
		$names = array(
			'string'  => 'a string',
			'number'  => 'a number',
			'integer' => 'a whole number',
			'object'  => 'an object',
			'array'   => 'an array',
			'boolean' => 'true or false',
			'null'    => 'null',
		);
		return $names[ $type ] ?? $type;
	}

	private static function is_type( $value, $type ) {
		switch ( $type ) {
			case 'string':
				return is_string( $value );
			case 'number':
				return is_int( $value ) || is_float( $value );
			case 'integer':
				return is_int( $value ) || ( is_float( $value ) && is_finite( $value ) && floor( $value ) === $value );
			case 'object':
				return $value instanceof stdClass;
			case 'array':
				return is_array( $value );
			case 'boolean':
				return is_bool( $value );
			case 'null':
				return null === $value;
		}
		return false;
	}

	/** An ECMAScript pattern as a PCRE one (the schema's \uXXXX escapes as \x{XXXX}). */
	private static function regex( $pattern ) {
		$pcre = preg_replace( '/(?<!\\\\)\\\\u([0-9a-fA-F]{4})/', '\\x{$1}', $pattern );
		return '/' . str_replace( '/', '\\/', $pcre ) . '/u';
	}

	private static function show( $value ) {
		$text = is_string( $value ) ? $value : (string) json_encode( $value );
		return '"' . ( strlen( $text ) > 40 ? substr( $text, 0, 37 ) . '...' : $text ) . '"';
	}

	/**
	 * The first problem of $value against $schema at $path, or null.
	 *
	 * @param string $def The name of the $def being checked (for messages).
	 */
	private function check( $value, $schema, $path, $def ) {
		if ( true === $schema || array() === $schema ) {
			return null;
		}
		if ( false === $schema ) {
			return self::error( $path, 'is not allowed' );
		}
		if ( isset( $schema['$ref'] ) ) {
			if ( ! preg_match( '~^#/\$defs/([^/]+)$~', $schema['$ref'], $m ) || ! isset( $this->root['$defs'][ $m[1] ] ) ) {
				return self::error( $path, 'cannot be checked (unknown $ref ' . $schema['$ref'] . ')' );
			}
			$error = $this->check( $value, $this->root['$defs'][ $m[1] ], $path, $m[1] );
			if ( null !== $error ) {
				return $error;
			}
		}
		if ( isset( $schema['type'] ) ) {
			$types = (array) $schema['type'];
			$ok    = false;
			foreach ( $types as $type ) {
				$ok = $ok || self::is_type( $value, $type );
			}
			if ( ! $ok ) {
				return self::error( $path, 'must be ' . implode( ' or ', array_map( array( self::class, 'type_name' ), $types ) ), 'type' );
			}
		}
		if ( isset( $schema['enum'] ) && ! in_array( $value, $schema['enum'], true ) ) {
			return self::error( $path, 'must be one of: ' . implode( ', ', array_map( 'json_encode', $schema['enum'] ) ) );
		}
		if ( is_int( $value ) || is_float( $value ) ) {
			if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
				return self::error( $path, 'must be at least ' . $schema['minimum'] );
			}
			if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
				return self::error( $path, 'must be at most ' . $schema['maximum'] );
			}
		}
		if ( is_string( $value ) && isset( $schema['pattern'] ) && 1 !== preg_match( self::regex( $schema['pattern'] ), $value ) ) {
			return self::error( $path, ( self::MEANING[ $def ] ?? 'has the wrong format' ) . ' (not ' . self::show( $value ) . ')' );
		}
		foreach ( $schema['allOf'] ?? array() as $part ) {
			$error = $this->check( $value, $part, $path, $def );
			if ( null !== $error ) {
				return $error;
			}
		}
		if ( isset( $schema['oneOf'] ) ) {
			$error = $this->one_of( $value, $schema['oneOf'], $path, $def );
			if ( null !== $error ) {
				return $error;
			}
		}
		if ( isset( $schema['not'] ) && null === $this->check( $value, $schema['not'], $path, $def ) ) {
			return self::error( $path, 'is not allowed in this form' );
		}
		if ( $value instanceof stdClass ) {
			return $this->check_object( $value, $schema, $path );
		}
		if ( is_array( $value ) && isset( $schema['items'] ) ) {
			foreach ( $value as $index => $item ) {
				$error = $this->check( $item, $schema['items'], "{$path}[$index]", '' );
				if ( null !== $error ) {
					return $error;
				}
			}
		}
		return null;
	}

	private function one_of( $value, array $branches, $path, $def ) {
		$errors = array();
		foreach ( $branches as $branch ) {
			$error = $this->check( $value, $branch, $path, $def );
			if ( null !== $error ) {
				$errors[] = $error;
			}
		}
		$passed = count( $branches ) - count( $errors );
		if ( 1 === $passed ) {
			return null;
		}
		if ( $passed > 1 ) {
			return self::error( $path, 'matches more than one of its allowed forms' );
		}
		// The value has none of the types: say which it may have. Else report the problem of
		// a branch of its type (whose error is not a type error at this path), the deepest one.
		$types = array();
		$best  = null;
		foreach ( $errors as $error ) {
			if ( 'type' !== $error['kind'] || $error['path'] !== $path ) {
				$best = null === $best || strlen( $error['path'] ) > strlen( $best['path'] ) ? $error : $best;
			} else {
				$types[] = substr( $error['message'], strlen( 'must be ' ) );
			}
		}
		return $best ?? self::error( $path, 'must be ' . implode( ' or ', array_unique( $types ) ), 'type' );
	}

	private function check_object( stdClass $value, array $schema, $path ) {
		$props = get_object_vars( $value );
		foreach ( $schema['required'] ?? array() as $name ) {
			if ( ! array_key_exists( $name, $props ) ) {
				return self::error( self::child( $path, $name ), 'is required' );
			}
		}
		if ( isset( $schema['minProperties'] ) && count( $props ) < $schema['minProperties'] ) {
			return self::error( $path, 'must have at least ' . $schema['minProperties'] . ' ' . ( 1 === $schema['minProperties'] ? 'entry' : 'entries' ) );
		}
		foreach ( $props as $name => $item ) {
			$name = (string) $name;
			if ( isset( $schema['propertyNames'] ) ) {
				$error = $this->check( $name, $schema['propertyNames'], $path, '' );
				if ( null !== $error ) {
					return self::error( $path, 'has a key ' . self::show( $name ) . ' that ' . preg_replace( '/ \(not .*\)$/s', '', $error['message'] ) );
				}
			}
			if ( isset( $schema['properties'] ) && array_key_exists( $name, $schema['properties'] ) ) {
				$error = $this->check( $item, $schema['properties'][ $name ], self::child( $path, $name ), '' );
			} elseif ( array_key_exists( 'additionalProperties', $schema ) ) {
				$error = $this->check( $item, $schema['additionalProperties'], self::child( $path, $name ), '' );
			} else {
				$error = null;
			}
			if ( null !== $error ) {
				return $error;
			}
		}
		return null;
	}
}
