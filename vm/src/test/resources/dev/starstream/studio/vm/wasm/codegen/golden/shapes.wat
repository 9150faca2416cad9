(module $shapes
  (type (;0;) (func (param i32)))
  (type (;1;) (func (param i32) (param i32) (param i32) (result i32)))
  (type (;2;) (func (param i64) (param i64) (result i64 i64)))
  (import "starstream:std/trap" "trap" (func $trap (;0;) (type 0)))
  (memory (;0;) 1)
  (global $sp (;0;) (mut i32) (i32.const 16))
  (export "memory" (memory 0))
  (export "area" (func $area))
  (export "swap" (func $swap))
  (func $area (;1;) (type 1) (param $s.0 i32) (param $s.1 i32) (param $s.2 i32) (result i32)
    (local $r i32)
    (local $w i32)
    (local $h i32)
    (local $t0 i32)
    (local $t1 i32)
    (local $t2 i64)
    ;; shapes.star:8  match s {
    block (result i32)
      block
        block
          block
            local.get $s.0
            i32.const 0
            i32.eq
            if
              br 1
            else
              local.get $s.0
              i32.const 1
              i32.eq
              if
                local.get $s.1
                local.set $r
                br 3
              else
                local.get $s.0
                i32.const 2
                i32.eq
                if
                  local.get $s.1
                  local.set $w
                  local.get $s.2
                  local.set $h
                  br 5
                else
                  i32.const 4
                  call $trap
                  unreachable
                end
              end
            end
            i32.const 4
            call $trap
            unreachable
          end
          ;; shapes.star:9  Shape::Dot => { 0 },
          i32.const 0
          br 2
        end
        ;; shapes.star:10  Shape::Circle(r) => { 3 * r * r },
        i32.const 3
        local.get $r
        local.set $t1
        local.set $t0
        local.get $t0
        i64.extend_i32_u
        local.get $t1
        i64.extend_i32_u
        i64.mul
        local.set $t2
        local.get $t2
        i64.const 32
        i64.shr_u
        i64.eqz
        i32.eqz
        if
          i32.const 1
          call $trap
          unreachable
        end
        local.get $t2
        i32.wrap_i64
        local.get $r
        local.set $t1
        local.set $t0
        local.get $t0
        i64.extend_i32_u
        local.get $t1
        i64.extend_i32_u
        i64.mul
        local.set $t2
        local.get $t2
        i64.const 32
        i64.shr_u
        i64.eqz
        i32.eqz
        if
          i32.const 1
          call $trap
          unreachable
        end
        local.get $t2
        i32.wrap_i64
        br 1
      end
      ;; shapes.star:11  Shape::Rect { w, h } => { w * h },
      local.get $w
      local.get $h
      local.set $t1
      local.set $t0
      local.get $t0
      i64.extend_i32_u
      local.get $t1
      i64.extend_i32_u
      i64.mul
      local.set $t2
      local.get $t2
      i64.const 32
      i64.shr_u
      i64.eqz
      i32.eqz
      if
        i32.const 1
        call $trap
        unreachable
      end
      local.get $t2
      i32.wrap_i64
    end
  )
  (func $swap (;2;) (type 2) (param $p.0 i64) (param $p.1 i64) (result i64 i64)
    (local $t0 i64)
    (local $t1 i64)
    ;; shapes.star:16  Point { y: p.x, x: p.y }
    local.get $p.0
    local.set $t0
    local.get $p.1
    local.set $t1
    local.get $t1
    local.get $t0
  )
  ;; custom section "name", 98 bytes
)
