(module $arithmetic
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (param i32) (result i32)))
  (type (;2;) (func (param i64) (param i64) (result i64)))
  (import "starstream:std/trap" "trap" (func $trap (;0;) (type 0)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) (i32.const 16))
  (export "memory" (memory 0))
  (export "mean" (func $mean))
  (export "wrap" (func $wrap))
  (func $mean (;1;) (type 1) (param $a i32) (param $b i32) (result i32)
    (local $sum i32)
    ;; arithmetic.star:5  let sum: i16 = 0;
    i32.const 0
    local.set $sum
    ;; arithmetic.star:6  (a + b) / 2
    local.get $a
    local.get $b
    call $i8.add
    i32.const 2
    call $i8.div
  )
  (func $wrap (;2;) (type 2) (param $x i64) (param $m i64) (result i64)
    ;; arithmetic.star:10  if (m == 0) { 0 } else { x % m }
    local.get $m
    i64.const 0
    i64.eq
    if (result i64)
      i64.const 0
    else
      local.get $x
      local.get $m
      call $u64.rem
    end
  )
  (func $i8.add (;3;) (type 1) (param $a i32) (param $b i32) (result i32)
    (local $r i32)
    local.get $a
    local.get $b
    i32.add
    local.set $r
    local.get $r
    local.get $r
    i32.extend8_s
    i32.ne
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $r
  )
  (func $i8.div (;4;) (type 1) (param $a i32) (param $b i32) (result i32)
    (local $r i32)
    (local $q i32)
    local.get $b
    i32.eqz
    if
      i32.const 2
      call $trap
      unreachable
    end
    local.get $a
    local.get $b
    i32.rem_s
    local.set $r
    local.get $a
    local.get $b
    i32.div_s
    local.set $q
    local.get $r
    i32.const 0
    i32.ne
    local.get $r
    local.get $b
    i32.xor
    i32.const 0
    i32.lt_s
    i32.and
    if
      local.get $q
      i32.const 1
      i32.sub
      local.set $q
    end
    local.get $q
    local.get $q
    i32.extend8_s
    i32.ne
    if
      i32.const 1
      call $trap
      unreachable
    end
    local.get $q
  )
  (func $u64.rem (;5;) (type 2) (param $a i64) (param $b i64) (result i64)
    local.get $b
    i64.eqz
    if
      i32.const 2
      call $trap
      unreachable
    end
    local.get $a
    local.get $b
    i64.rem_u
  )
  ;; custom section "name", 123 bytes
)
